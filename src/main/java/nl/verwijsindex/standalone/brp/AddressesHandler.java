// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import nl.verwijsindex.standalone.brp.Fixture.Address;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for the address register, the BAG API Individuele Bevragingen v2 (docs/adr/0037): {@code GET
 * /lvbag/individuelebevragingen/v2/adressen?postcode=&huisnummer=} answers the fixture's Dutch addresses at that
 * postcode and number as {@code application/hal+json}, in the names and shape of the specification, so the
 * demo's region coordinator finds an institution (De Horst, 3828 AA 40) by its address. The addresses are the
 * stand-in BRP's own, so a youth the BRP places at an address the BAG gave is at the same addressable object.
 */
final class AddressesHandler implements HttpHandler {

    /** As in the specification's server URL. */
    static final String BASE_PATH = "/lvbag/individuelebevragingen/v2";

    private static final String HAL = "application/hal+json; charset=utf-8";

    private final Population population;
    private final JsonMapper json;
    private final byte[] apiKey;

    AddressesHandler(Population population, JsonMapper json, String apiKey) {
        this.population = population;
        this.json = json;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(BASE_PATH + "/adressen")) {
                problem(exchange, 404, "Opgevraagde resource bestaat niet.", "notFound");
            } else if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                problem(exchange, 405, "Methode niet toegestaan.", "methodNotAllowed");
            } else if (!authenticated(exchange)) {
                problem(exchange, 401, "Niet correct geauthenticeerd.", "authentication");
            } else {
                answer(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String postcode = query.getOrDefault("postcode", "");
        String number = query.getOrDefault("huisnummer", "");
        if (!postcode.matches("[1-9][0-9]{3}[a-zA-Z]{2}") || !number.matches("[1-9][0-9]{0,4}")) {
            problem(exchange, 400, "Een of meerdere parameters zijn niet correct.", "paramsValidation");
            return;
        }
        ObjectNode response = json.createObjectNode();
        response.putObject("_links")
                .putObject("self")
                .put("href", BASE_PATH + "/adressen?postcode=" + postcode + "&huisnummer=" + number);
        ArrayNode addresses = response.putObject("_embedded").putArray("adressen");
        for (Address a : population.addresses()) {
            if (!a.abroad() && a.postcode().equalsIgnoreCase(postcode) && a.houseNumber() == Integer.parseInt(number)) {
                ObjectNode address = addresses
                        .addObject()
                        .put("openbareRuimteNaam", a.street())
                        .put("korteNaam", a.street().length() > 24 ? a.street().substring(0, 24) : a.street())
                        .put("huisnummer", a.houseNumber());
                if (a.houseLetter() != null) {
                    address.put("huisletter", a.houseLetter());
                }
                address.put("postcode", a.postcode())
                        .put("woonplaatsNaam", a.town())
                        .put("nummeraanduidingIdentificatie", a.nummeraanduidingIdentificatie())
                        .put("adresseerbaarObjectIdentificatie", a.adresseerbaarObjectIdentificatie());
            }
        }
        send(exchange, 200, HAL, json.writeValueAsBytes(response));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int is = pair.indexOf('=');
            if (is > 0) {
                parameters.put(
                        URLDecoder.decode(pair.substring(0, is), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(is + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private boolean authenticated(HttpExchange exchange) {
        if (apiKey == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst("X-Api-Key");
        return given != null && MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8));
    }

    private void problem(HttpExchange exchange, int status, String title, String code) throws IOException {
        ObjectNode body = json.createObjectNode()
                .put("type", "https://tools.ietf.org/html/rfc7231#section-6.5.1")
                .put("title", title)
                .put("status", status)
                .put("code", code);
        send(exchange, status, "application/problem+json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
