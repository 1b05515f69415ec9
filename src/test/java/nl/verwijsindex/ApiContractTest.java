// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Issue 13, "The contract": the check every API test answer goes through finds each kind of drift. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {"/api/v1/things/{id}": {"get": {"responses": {
               "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
               "503": {"headers": {"Retry-After": {"schema": {"type": "integer"}}}},
               "404": {"content": {"application/problem+json": {"schema": {"allOf": [
                  {"$ref": "#/components/schemas/Problem"},
                  {"type": "object", "properties": {"code": {"enum": ["thing-not-found"]}}}]}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
               "Problem": {"type": "object", "properties": {"code": {"type": "string"}}, "required": ["code"]}}}}
            """;
    private static final ApiContract CONTRACT =
            new ApiContract(JsonMapper.builder().build().readTree(DOCUMENT));
    private static final HttpRequest GET_THING = HttpRequest.newBuilder(URI.create("http://localhost/api/v1/things/7"))
            .GET()
            .build();
    private static final HttpHeaders JSON = contentType("application/json");
    private static final HttpHeaders PROBLEM = contentType("application/problem+json");

    @Test
    void anAnswerAsDescribedPasses() {
        assertThatCode(() -> CONTRACT.check(GET_THING, 200, "{\"name\":\"a\"}", JSON))
                .doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.check(GET_THING, 404, "{\"code\":\"thing-not-found\"}", PROBLEM))
                .doesNotThrowAnyException();
    }

    @Test
    void aStatusTheOperationDoesNotListFails() {
        assertThatThrownBy(() -> CONTRACT.check(GET_THING, 409, "{\"code\":\"x\"}", PROBLEM))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/things/{id} answered 409")
                .hasMessageContaining("status 409 is not listed");
    }

    @Test
    void aProblemCodeTheOperationDoesNotListFails() {
        assertThatThrownBy(() -> CONTRACT.check(GET_THING, 404, "{\"code\":\"signal-not-found\"}", PROBLEM))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "problem code 'signal-not-found' is not listed for 404; listed: [thing-not-found]");
    }

    @Test
    void aBodyThatDoesNotMatchTheSchemaFails() {
        assertThatThrownBy(() -> CONTRACT.check(GET_THING, 200, "{\"name\":7}", JSON))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not match the schema")
                .hasMessageContaining("/name");
    }

    @Test
    void aListedHeaderThatIsMissingFails() {
        assertThatThrownBy(() -> CONTRACT.check(GET_THING, 503, "", JSON))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the header 'Retry-After' the document lists is missing");
        assertThatCode(() -> CONTRACT.check(
                        GET_THING, 503, "", HttpHeaders.of(Map.of("Retry-After", List.of("2")), (name, value) -> true)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUndeclaredContentTypeFails() {
        assertThatThrownBy(() -> CONTRACT.check(GET_THING, 200, "{\"name\":\"a\"}", contentType("text/html")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("content type 'text/html' is not listed");
    }

    private static HttpHeaders contentType(String type) {
        return HttpHeaders.of(Map.of("Content-Type", List.of(type)), (name, value) -> true);
    }
}
