// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import nl.verwijsindex.shared.DatabaseUnavailable;

/**
 * Writes {@link OperationProblems} into the OpenAPI document: per operation every status it can answer, the
 * problem-details schema with the operation's stable codes as an enum, an example per code, and
 * {@code Retry-After} on 503.
 */
@Component
class OperationProblemsCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(OperationProblemsCustomizer::optionalMayBeNull);
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                item.readOperationsMap()
                        .forEach((method, operation) -> describe(method.name() + " " + path, operation));
            }
        });
    }

    /**
     * The API writes an absent optional value as {@code null} (a signal's {@code endedAt} while it is active), so
     * each property that is not required may be null: springdoc's OpenAPI 3.1 types do not say so by themselves.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void optionalMayBeNull(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.replaceAll((name, property) -> {
            if (required.contains(name)) {
                return property;
            }
            if (property.get$ref() != null) {
                return new Schema<>().anyOf(List.of(property, typed("null")));
            }
            Set<String> types = property.getTypes() != null
                    ? property.getTypes()
                    : property.getType() == null ? null : Set.of(property.getType());
            if (types != null) {
                Set<String> nullable = new TreeSet<>(types);
                nullable.add("null");
                property.setTypes(nullable);
            }
            return property;
        });
    }

    private static void describe(String key, Operation operation) {
        ApiResponses responses = successes(key, operation.getResponses());
        problems(key, operation)
                .forEach((status, codes) ->
                        responses.addApiResponse(Integer.toString(status), problemResponse(status, codes)));
        operation.setResponses(responses);
    }

    /** Status to codes for one operation: the common ones, those of its body and parameters, its own. */
    static Map<Integer, Set<String>> problems(String key, Operation operation) {
        Map<Integer, Set<String>> problems = new TreeMap<>();
        add(problems, OperationKindProblems.COMMON);
        if (operation.getRequestBody() != null) {
            add(problems, OperationKindProblems.WITH_BODY);
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            add(problems, OperationKindProblems.WITH_PARAMETERS);
        }
        if (OperationKindProblems.organisationApi(key)) {
            add(problems, OperationKindProblems.ORGANISATION_API);
        }
        OperationProblems.TABLE
                .getOrDefault(key, Map.of())
                .forEach((status, codes) ->
                        problems.computeIfAbsent(status, s -> new TreeSet<>()).addAll(codes));
        return problems;
    }

    private static void add(Map<Integer, Set<String>> problems, Map<Integer, ? extends Iterable<String>> codes) {
        codes.forEach((status, list) -> list.forEach(
                code -> problems.computeIfAbsent(status, s -> new TreeSet<>()).add(code)));
    }

    private static ApiResponses successes(String key, ApiResponses derived) {
        List<Integer> statuses = OperationProblems.SUCCESS.get(key);
        if (statuses == null || derived == null) {
            return derived == null ? new ApiResponses() : derived;
        }
        ApiResponse template = derived.entrySet().stream()
                .filter(e -> e.getKey().startsWith("2"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(ApiResponse::new);
        ApiResponses responses = new ApiResponses();
        for (int status : statuses) {
            ApiResponse response = new ApiResponse()
                    .description(HttpStatus.valueOf(status).getReasonPhrase())
                    .content(status == 204 ? null : template.getContent());
            responses.addApiResponse(Integer.toString(status), response);
        }
        return responses;
    }

    private static ApiResponse problemResponse(int status, Set<String> codes) {
        Schema<Object> codeEnum = typed("string");
        codes.forEach(codeEnum::addEnumItemObject);
        Schema<Object> schema = new Schema<>()
                .allOf(List.of(
                        new Schema<>().$ref("#/components/schemas/" + PROBLEM),
                        typed("object").addProperty("code", codeEnum)));
        Map<String, Example> examples = new LinkedHashMap<>();
        for (String code : codes) {
            examples.put(code, new Example().value(example(status, code)));
        }
        ApiResponse response = new ApiResponse()
                .description(ProblemDetailsAdvice.titleFor(HttpStatus.valueOf(status)) + ". Stable codes: "
                        + String.join(", ", codes) + ".")
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON, new MediaType().schema(schema).examples(examples)));
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds after which the same request may be sent again ("
                                    + DatabaseUnavailable.RETRY_AFTER_SECONDS + " for database-unavailable).")
                            .schema(typed("integer")));
        }
        return response;
    }

    private static Map<String, Object> example(int status, String code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.TYPE_PREFIX + code);
        example.put("title", ProblemDetailsAdvice.titleFor(HttpStatus.valueOf(status)));
        example.put("status", status);
        example.put("detail", "Een Nederlandse uitleg voor mensen; machines lezen 'code'.");
        example.put("instance", "/api/v1/...");
        example.put("code", code);
        return example;
    }

    /** RFC 9457 problem details as every error of this API has them. */
    private static Schema<Object> problemSchema() {
        Schema<Object> fieldError = typed("object")
                .addProperty("field", typed("string"))
                .addProperty("code", typed("string"))
                .addProperty("detail", typed("string"))
                .required(List.of("field", "code", "detail"));
        return typed("object")
                .description("RFC 9457 problem details: a stable 'type' and 'code' for machines, a Dutch 'title' and "
                        + "'detail' for people; 'errors' names each refused field of a validation-failed answer.")
                .addProperty("type", typed("string").format("uri"))
                .addProperty("title", typed("string"))
                .addProperty("status", typed("integer"))
                .addProperty("detail", typed("string"))
                .addProperty("instance", typed("string"))
                .addProperty("code", typed("string"))
                .addProperty("errors", typed("array").items(fieldError))
                .required(List.of("type", "title", "status", "code"));
    }

    /** A schema of one JSON type, written right for both OpenAPI 3.0 ('type') and 3.1 ('types'). */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
