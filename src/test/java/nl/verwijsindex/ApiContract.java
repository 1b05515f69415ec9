// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document as a contract (issue 13): every answer an API test receives for an /api/v1
 * operation must be a status the document lists for that operation, with a body that matches the listed
 * schema (validated with the networknt JSON Schema validator, OpenAPI 3.1 dialect), and a problem
 * {@code code} that the operation lists. The document is fetched once per test JVM.
 */
public final class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT = "https://verwijsindex.test/v3/api-docs";
    private static final String RESPONSES = "x-test-responses";
    private static final Set<String> WITHOUT_DOCUMENT = ConcurrentHashMap.newKeySet();
    private static volatile ApiContract loaded;

    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry;

    ApiContract(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        ObjectNode schemas = copy.putObject(RESPONSES);
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    Route route = new Route(
                            operation.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            Pattern.compile(path.getKey().replaceAll("\\{[^/}]+}", "[^/]+")),
                            operation.getValue().path("responses"));
                    routes.add(route);
                    route.responses()
                            .properties()
                            .forEach(response -> response.getValue()
                                    .path("content")
                                    .properties()
                                    .forEach(media -> schemas.set(
                                            route.schemaName(response.getKey(), media.getKey()),
                                            media.getValue().path("schema"))));
                }));
        // A literal segment wins over a path variable (/inbox/{id}/read before /{a}/{b}/{c}).
        routes.sort(Comparator.comparingLong(
                r -> r.template().chars().filter(c -> c == '{').count()));
        String text = JSON.writeValueAsString(copy);
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(DOCUMENT, text)));
    }

    /**
     * The contract, fetched from the first application that serves it and kept for the JVM (every application a
     * test starts is the same build). Empty while none has been fetched and the application at baseUrl serves
     * no document on its own port (the production profile serves it on the management port).
     */
    static Optional<ApiContract> of(HttpClient http, String baseUrl) {
        if (loaded == null && !WITHOUT_DOCUMENT.contains(baseUrl)) {
            synchronized (ApiContract.class) {
                if (loaded == null) {
                    fetch(http, baseUrl)
                            .ifPresentOrElse(d -> loaded = new ApiContract(d), () -> WITHOUT_DOCUMENT.add(baseUrl));
                }
            }
        }
        return Optional.ofNullable(loaded);
    }

    private static Optional<JsonNode> fetch(HttpClient http, String baseUrl) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("The OpenAPI document could not be fetched: " + response.statusCode());
            }
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI document could not be fetched", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Throws an AssertionError that says what drifted, when the answer is not what the document describes. */
    void check(HttpRequest request, int status, String body, HttpHeaders headers) {
        Optional<String> contentType = headers.firstValue("Content-Type");
        String path = request.uri().getPath();
        if (!path.startsWith("/api/v1/")) {
            return;
        }
        Optional<Route> found = routes.stream()
                .filter(r -> r.method().equals(request.method()))
                .filter(r -> r.pattern().matcher(path).matches())
                .findFirst();
        if (found.isEmpty()) {
            return; // an address or method the API does not have (404, 405): no operation to hold it to
        }
        Route route = found.get();
        String operation = route.method() + " " + route.template();
        JsonNode response = route.responses().path(Integer.toString(status));
        if (response.isMissingNode()) {
            List<String> listed = new ArrayList<>();
            route.responses().properties().forEach(e -> listed.add(e.getKey()));
            fail(operation, status, body, "status " + status + " is not listed; the document lists " + listed);
        }
        response.path("headers").properties().forEach(header -> {
            if (headers.firstValue(header.getKey()).isEmpty()) {
                fail(operation, status, body, "the header '" + header.getKey() + "' the document lists is missing");
            }
        });
        if (body == null || body.isBlank()) {
            return;
        }
        String media = contentType.map(t -> t.split(";")[0].trim()).orElse("");
        if (response.path("content").path(media).isMissingNode()) {
            List<String> listed = new ArrayList<>();
            response.path("content").properties().forEach(e -> listed.add(e.getKey()));
            fail(operation, status, body, "content type '" + media + "' is not listed; the document lists " + listed);
        }
        if (!media.endsWith("json")) {
            return; // a download (CSV, spreadsheet): its content type is listed, its body has no JSON schema
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            fail(operation, status, body, "the body is not JSON");
            return;
        }
        if (json.has("code") && media.equals("application/problem+json")) {
            List<String> codes = new ArrayList<>();
            response.at("/content/application~1problem+json/schema/allOf/1/properties/code/enum")
                    .forEach(c -> codes.add(c.asString()));
            if (!codes.contains(json.path("code").asString())) {
                fail(
                        operation,
                        status,
                        body,
                        "problem code '" + json.path("code").asString()
                                + "' is not listed for " + status + "; listed: " + codes
                                + " (add it in OperationProblems)");
            }
        }
        Schema schema = registry.getSchema(SchemaLocation.of(
                DOCUMENT + "#/" + RESPONSES + "/" + route.schemaName(Integer.toString(status), media)));
        List<Error> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            fail(
                    operation,
                    status,
                    body,
                    "the body does not match the schema: "
                            + errors.stream().map(Error::toString).collect(Collectors.joining("; ")));
        }
    }

    private static void fail(String operation, int status, String body, String what) {
        throw new AssertionError("API contract drift (issue 13): " + operation + " answered " + status + ", but "
                + what + ". Fix the OpenAPI description (shared/web/OperationProblems, the controller) or the "
                + "behaviour. Body: " + abbreviate(body));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 600 ? String.valueOf(body) : body.substring(0, 600) + "...";
    }

    private record Route(String method, String template, Pattern pattern, JsonNode responses) {

        String schemaName(String status, String media) {
            return (method + template + "_" + status + "_" + media).replaceAll("[^A-Za-z0-9_]", "_");
        }
    }
}
