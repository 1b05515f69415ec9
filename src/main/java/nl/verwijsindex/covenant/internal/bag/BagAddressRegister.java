// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal.bag;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import nl.verwijsindex.covenant.AddressRegister;
import nl.verwijsindex.covenant.AddressRegisterUnavailable;
import nl.verwijsindex.covenant.RegisteredAddress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The address register as the BAG API Individuele Bevragingen v2 of the Kadaster answers it:
 * {@code GET /adressen?postcode=&huisnummer=} gives the current addresses at that number, each with its
 * {@code adresseerbaarObjectIdentificatie} (docs/adr/0037). Asked once, with a person waiting at the page: no
 * retries, a short timeout, and any answer it cannot read with certainty is "unavailable", never a guess.
 */
public class BagAddressRegister implements AddressRegister {

    static final MediaType HAL_JSON = MediaType.parseMediaType("application/hal+json");
    /** More additions at one house number than this is not an address an institution has. */
    private static final int PAGE_SIZE = 100;

    private static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    private final RestClient client;
    private final JsonMapper json;

    public BagAddressRegister(BagProperties properties, JsonMapper json) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.baseUrl())
                .defaultHeaders(headers -> headers.setAccept(List.of(HAL_JSON, MediaType.APPLICATION_JSON)));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.defaultHeader("X-Api-Key", properties.apiKey());
        }
        this.client = builder.build();
        this.json = json;
    }

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public List<RegisteredAddress> at(String postcode, int houseNumber) {
        if (RegisteredAddress.postcodeOf(postcode).filter(postcode::equals).isEmpty()
                || houseNumber < 1
                || houseNumber > 99_999) {
            throw new IllegalArgumentException("a postcode as 1234AB and a house number of 1 to 99999");
        }
        byte[] body;
        try {
            body = client.get()
                    .uri(uri -> uri.path("/adressen")
                            .queryParam("postcode", postcode)
                            .queryParam("huisnummer", houseNumber)
                            .queryParam("pageSize", PAGE_SIZE)
                            .build())
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new AddressRegisterUnavailable("address register answered HTTP "
                                    + response.getStatusCode().value());
                        }
                        return readAtMost(response.getBody());
                    });
        } catch (ResourceAccessException e) {
            throw new AddressRegisterUnavailable(
                    "address register unreachable (" + e.getCause().getClass().getSimpleName() + ")", e);
        }
        return addresses(body);
    }

    private List<RegisteredAddress> addresses(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            // not chained: a parser's message may quote the body
            throw new AddressRegisterUnavailable("address register answered with unreadable JSON");
        }
        if (!root.isObject()) {
            throw new AddressRegisterUnavailable("address register answered without an object");
        }
        List<RegisteredAddress> found = new ArrayList<>();
        for (JsonNode address : root.path("_embedded").path("adressen")) {
            String id = address.path("adresseerbaarObjectIdentificatie").asString("");
            String street = address.path("openbareRuimteNaam").asString("");
            String town = address.path("woonplaatsNaam").asString("");
            String postcode = address.path("postcode").asString("");
            int number = address.path("huisnummer").asInt(0);
            if (!id.matches("[0-9]{16}")
                    || street.isBlank()
                    || town.isBlank()
                    || RegisteredAddress.postcodeOf(postcode).isEmpty()
                    || number < 1) {
                throw new AddressRegisterUnavailable("address register answered an address without its parts");
            }
            found.add(new RegisteredAddress(
                    id,
                    street,
                    number,
                    text(address, "huisletter"),
                    text(address, "huisnummertoevoeging"),
                    RegisteredAddress.postcodeOf(postcode).orElseThrow(),
                    town));
        }
        return List.copyOf(found);
    }

    private static String text(JsonNode address, String field) {
        String value = address.path(field).asString("");
        return value.isBlank() ? null : value.strip();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
        if (bytes.length > MAX_RESPONSE_BYTES) {
            throw new AddressRegisterUnavailable(
                    "address register answered more than " + MAX_RESPONSE_BYTES + " bytes");
        }
        return bytes;
    }
}
