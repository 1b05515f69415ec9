// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import nl.verwijsindex.standalone.brp.Fixture.RegisteredPerson;
import nl.verwijsindex.standalone.brp.PersonsQuery.BadRequest;
import nl.verwijsindex.standalone.brp.PersonsQuery.InvalidParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /haalcentraal/api/brp/personen}: answers a query from the population, or refuses it with a
 * {@code Foutbericht} as {@code application/problem+json}. Logs nothing of what it is asked.
 */
final class PersonsHandler implements HttpHandler {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    private final Population population;
    private final PersonDocuments documents;
    private final JsonMapper json;
    private final byte[] apiKey;
    private final Conduct conduct;

    PersonsHandler(Population population, PersonDocuments documents, JsonMapper json, String apiKey, Conduct conduct) {
        this.conduct = conduct;
        this.population = population;
        this.documents = documents;
        this.json = json;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(StandInBrp.BASE_PATH + "/personen")) {
                problem(exchange, 404, "Niet gevonden.", "notFound", null);
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                problem(exchange, 405, "Methode niet toegestaan.", "methodNotAllowed", null);
            } else if (!authenticated(exchange)) {
                problem(exchange, 401, "Niet correct geauthenticeerd.", "authentication", null);
            } else if (!isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                problem(exchange, 415, "Media Type wordt niet ondersteund.", "unsupported", null);
            } else {
                answer(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        PersonsQuery query;
        try {
            query = PersonsQuery.parse(read(exchange.getRequestBody()));
        } catch (BadRequest e) {
            problem(
                    exchange,
                    400,
                    "Een of meerdere parameters zijn niet correct.",
                    "paramsValidation",
                    e.invalidParams);
            return;
        }
        conduct.asked(query.type(), query.fields());
        if (misbehaved(exchange)) {
            return;
        }
        ObjectNode response = json.createObjectNode().put("type", query.type());
        ArrayNode persons = response.putArray("personen");
        for (RegisteredPerson person : matches(query).toList()) {
            persons.add(FieldPaths.select(
                    query.full() ? documents.full(person) : documents.limited(person), query.fields()));
        }
        send(exchange, 200, JSON, response);
        conduct.answered();
    }

    /** Acts out the misbehaviour a test switched on; true when that was the whole answer. */
    private boolean misbehaved(HttpExchange exchange) throws IOException {
        switch (conduct.misbehaviour()) {
            case SLOW -> {
                try {
                    Thread.sleep(conduct.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            case SERVER_ERROR -> problem(exchange, 500, "Interne serverfout.", "serverError", null);
            case UNAVAILABLE ->
                problem(exchange, 503, "Bronservice BRP is tijdelijk niet beschikbaar.", "sourceUnavailable", null);
            case MALFORMED -> {
                byte[] bytes = "{\"type\":\"Raadpleeg".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", JSON);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private Stream<RegisteredPerson> matches(PersonsQuery query) {
        Stream<RegisteredPerson> found = switch (query.type()) {
            case PersonsQuery.BY_BSN ->
                query.bsns().stream().distinct().map(population::person).flatMap(Optional::stream);
            case PersonsQuery.BY_SURNAME_AND_BIRTH_DATE ->
                population.all().stream()
                        .filter(p -> named(p, query)
                                && query.birthDate().toString().equals(p.birthDate())
                                && (query.gender() == null || query.gender().equalsIgnoreCase(p.gender())));
            default -> population.residentsOf(query.addressableObjectId()).stream();
        };
        return found.filter(p -> query.includeDeceased() || p.died() == null)
                .filter(p -> query.municipality() == null
                        || (p.address() != null
                                && query.municipality()
                                        .equals(population.address(p.address()).municipality())));
    }

    /** Text searches are case-insensitive; a trailing {@code *} is a wildcard. */
    private static boolean named(RegisteredPerson person, PersonsQuery query) {
        return matches(person.surname(), query.surname())
                && (query.prefix() == null || query.prefix().equalsIgnoreCase(person.prefix()))
                && (query.givenNames() == null || matches(person.givenNames(), query.givenNames()));
    }

    private static boolean matches(String value, String filter) {
        String v = value.toLowerCase(Locale.ROOT);
        String f = filter.toLowerCase(Locale.ROOT);
        return f.endsWith("*") ? v.startsWith(f.substring(0, f.length() - 1)) : v.equals(f);
    }

    private JsonNode read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
        if (bytes.length > MAX_REQUEST_BYTES) {
            throw new BadRequest(List.of(new InvalidParam("maxLength", "body", "De body is te groot.")));
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new BadRequest(List.of(new InvalidParam("json", "body", "De body is geen geldige JSON.")));
        }
    }

    private boolean authenticated(HttpExchange exchange) {
        if (apiKey == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst("X-API-KEY");
        return given != null && MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json");
    }

    /** A {@code Foutbericht}; with invalid parameters a {@code BadRequestFoutbericht}. */
    private void problem(HttpExchange exchange, int status, String title, String code, List<InvalidParam> invalidParams)
            throws IOException {
        String instance = "http://" + exchange.getLocalAddress().getHostString() + ":"
                + exchange.getLocalAddress().getPort()
                + exchange.getRequestURI().getPath();
        ObjectNode problem = json.createObjectNode()
                .put(
                        "type",
                        switch (status) {
                            case 401 -> "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1";
                            case 404 -> "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4";
                            case 405 -> "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.5";
                            case 415 -> "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13";
                            default -> "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1";
                        })
                .put("title", title)
                .put("status", status)
                .put("instance", instance)
                .put("code", code);
        if (invalidParams != null) {
            problem.put(
                    "detail",
                    "De foutieve parameter(s) zijn "
                            + String.join(
                                    ", ",
                                    invalidParams.stream()
                                            .map(p -> safeName(p.name()))
                                            .distinct()
                                            .limit(5)
                                            .toList())
                            + ".");
            ArrayNode params = problem.putArray("invalidParams");
            for (InvalidParam p : invalidParams) {
                params.addObject()
                        .put("type", "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1")
                        .put("code", p.code())
                        .put("name", safeName(p.name()))
                        .put("reason", p.reason());
            }
        }
        send(exchange, status, PROBLEM, problem);
    }

    /** Within the spec's pattern for a parameter name; an unexpected name is not echoed as it came. */
    private static String safeName(String name) {
        return name.matches("[a-zA-Z0-9._]{1,30}") ? name : "onbekend";
    }

    private void send(HttpExchange exchange, int status, String contentType, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
