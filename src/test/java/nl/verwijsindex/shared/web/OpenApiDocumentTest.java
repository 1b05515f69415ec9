// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.Api;
import nl.verwijsindex.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Issue 13, "The contract": the served OpenAPI document lists every status and stable problem code. */
@IntegrationTest
class OpenApiDocumentTest {

    private static final String REGISTER = "/api/v1/professionals/{professionalId}/signals";

    /** Codes thrown only to the web pages (accounts, login), never through /api/v1. */
    private static final Set<String> PAGES_ONLY = Set.of(
            "account-own",
            "username-taken",
            "account-link-unknown",
            "invalid-username",
            "password-too-short",
            "password-required",
            "account-not-found",
            "second-factor-unavailable",
            "not-in-covenant",
            "left-before-joined",
            // The administrator's own API tokens are made on their page only (ADR 0024).
            "invalid-description",
            "not-an-administrator",
            // The exchange runs on the administrator's page and in its report (issue 18).
            "exchange-run-not-found",
            "import-duplicate-signal",
            "import-not-matched",
            // Accounts get their activation link on the administrator's and coordinator's pages only (ADR 0035).
            "account-already-activated",
            "email-required",
            "invalid-email");

    private static final Pattern THROWN = Pattern.compile(
            "(?:new DomainException\\(\\s*(?:DomainException\\.)?Kind\\.[A-Z_]+,|invalid\\()\\s*"
                    + "\"([a-z0-9]+(?:-[a-z0-9]+)+)\"",
            Pattern.DOTALL);

    @LocalServerPort
    int port;

    private static JsonNode document;

    JsonNode document() {
        if (document == null) {
            Api.Response response = new Api(port).get("/v3/api-docs", null);
            assertThat(response.status()).isEqualTo(200);
            document = response.json();
        }
        return document;
    }

    @Test
    void registeringASignalListsEveryStatusWithItsStableCodesAndRetryAfterOn503() {
        JsonNode responses =
                document().path("paths").path(REGISTER).path("post").path("responses");

        assertThat(names(responses))
                .contains("200", "201", "400", "401", "403", "404", "409", "413", "415", "422", "503");
        assertThat(codes(responses, "201")).isEmpty();
        assertThat(responses.at("/201/content/application~1json/schema/$ref").asString())
                .endsWith("/RegistrationResponse");
        assertThat(codes(responses, "400"))
                .contains(
                        "malformed-json", "duplicate-field", "unknown-field", "validation-failed", "invalid-parameter");
        assertThat(codes(responses, "401")).contains("unauthenticated", "invalid-credentials");
        assertThat(codes(responses, "403")).contains("forbidden", "bsn-not-authorised", "professional-not-designated");
        assertThat(codes(responses, "409")).contains("idempotency-key-reused");
        assertThat(codes(responses, "422")).contains("invalid-bsn", "invalid-surname", "youth-too-old");
        assertThat(codes(responses, "503")).contains("database-unavailable", "person-register-unavailable");
        assertThat(responses.at("/503/headers/Retry-After/schema/type").asString())
                .isEqualTo("integer");
        assertThat(responses
                        .at("/422/content/application~1problem+json/examples/invalid-bsn/value/code")
                        .asString())
                .isEqualTo("invalid-bsn");
    }

    @Test
    void theProblemSchemaHasTheFieldsOfEveryProblem() {
        JsonNode problem = document().at("/components/schemas/Problem/properties");

        assertThat(names(problem)).contains("type", "title", "status", "detail", "instance", "code", "errors");
        assertThat(names(problem.at("/errors/items/properties"))).contains("field", "code", "detail");
    }

    @Test
    void everyOperationOfTheApiListsAuthenticationAndDatabaseFailures() {
        List<String> missing = new ArrayList<>();
        document()
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode responses = operation.getValue().path("responses");
                    if (path.getKey().startsWith("/api/v1/")
                            && !(codes(responses, "401").contains("unauthenticated")
                                    && codes(responses, "503").contains("database-unavailable"))) {
                        missing.add(operation.getKey() + " " + path.getKey());
                    }
                }));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationInTheTableExistsInTheDocument() {
        JsonNode paths = document().path("paths");
        Set<String> operations = new TreeSet<>(OperationProblems.TABLE.keySet());
        operations.addAll(OperationProblems.SUCCESS.keySet());

        assertThat(operations)
                .as("OperationProblems names an operation the API does not have (a typo?)")
                .allSatisfy(key -> {
                    String[] parts = key.split(" ", 2);
                    assertThat(paths.path(parts[1]).has(parts[0].toLowerCase()))
                            .as(key)
                            .isTrue();
                });
    }

    /** Every code the application throws at the API is listed for some operation. */
    @Test
    void everyThrownProblemCodeIsInTheContract() throws IOException {
        Set<String> thrown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = THROWN.matcher(Files.readString(file));
                while (m.find()) {
                    thrown.add(m.group(1));
                }
            }
        }
        thrown.removeAll(PAGES_ONLY);

        assertThat(thrown).contains("invalid-bsn", "region-exists", "too-many-director-rules");
        assertThat(OperationProblems.allCodes()).containsAll(thrown);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static List<String> codes(JsonNode responses, String status) {
        List<String> codes = new ArrayList<>();
        responses
                .path(status)
                .at("/content/application~1problem+json/schema/allOf/1/properties/code/enum")
                .forEach(c -> codes.add(c.asString()));
        return codes;
    }
}
