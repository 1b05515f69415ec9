// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.RegionMunicipalities;
import org.verwijsindex.national.protocol.SealedPseudonym;
import org.verwijsindex.national.protocol.SignalMessage;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.pseudonym.protocol.PseudonymInput;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional index's client of the national index (docs/adr/0026, docs/adr/0033): plain Java, the JDK's HTTP
 * client over mutual TLS with the region's certificate. A report blinds each BSN with a fresh blind, has the pseudonym
 * service evaluate it for the hub, and sends the hub only the sealed evaluations and the blinds; the BSNs never leave
 * this object, and neither they nor anything derived from them is logged or put in an exception.
 *
 * <p>Failures that may pass (no connection, a timeout, a 5xx, a 429) throw {@link NationalIndexUnavailable}; other
 * 4xx throw {@link NationalIndexRefused} with the problem code. A sealed evaluation that expired on the way (the hub
 * answers {@code sealed-evaluation-expired}) is evaluated again and sent once more before giving up.
 */
public class HttpNationalIndex implements NationalIndex {

    private static final String EXPIRED = "sealed-evaluation-expired";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final URI hub;
    private final URI pseudonymService;
    private final String recipient;
    private final int keyVersion;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param hub              the hub's base address, e.g. {@code https://hub.example:8444/}
     * @param pseudonymService the pseudonym service's base address
     * @param recipient        the hub's name at the pseudonym service, e.g. {@code national-index}
     * @param keyVersion       the hub's key version to evaluate with (docs/adr/0032)
     * @param tls              the region's certificate and key, trusting the hub's and the service's CA
     * @param timeout          per call, connecting included
     */
    public HttpNationalIndex(
            URI hub, URI pseudonymService, String recipient, int keyVersion, SSLContext tls, Duration timeout) {
        this.hub = base(hub);
        this.pseudonymService = base(pseudonymService);
        this.recipient = recipient;
        this.keyVersion = keyVersion;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public void report(SignalReport report) {
        String path = "v1/signals/" + encode(report.signalRef());
        try {
            send(put(path, message(report)));
        } catch (NationalIndexRefused e) {
            if (!EXPIRED.equals(e.code())) {
                throw e;
            }
            send(put(path, message(report)));
        }
    }

    @Override
    public void forget(String signalRef, ForgetMessage message) {
        send(request("v1/signals/" + encode(signalRef) + "/forget")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(message)))
                .build());
    }

    @Override
    public Inbox inbox(long after, int limit) {
        String body = send(
                request("v1/inbox?after=" + after + "&limit=" + limit).GET().build());
        try {
            return JSON.readValue(body, Inbox.class);
        } catch (JacksonException e) {
            throw new NationalIndexUnavailable("the national index answered with an inbox that cannot be read");
        }
    }

    /** How far this region's round of a key rotation is, and the version to report under (docs/adr/0032). */
    @Override
    public Optional<KeyVersions> keyVersions() {
        String body = send(request("v1/region/key-versions").GET().build());
        try {
            return Optional.of(JSON.readValue(body, KeyVersions.class));
        } catch (JacksonException e) {
            throw new NationalIndexUnavailable("the national index answered with key versions that cannot be read");
        }
    }

    @Override
    public void serveMunicipalities(RegionMunicipalities municipalities) {
        send(put("v1/region/municipalities", municipalities));
    }

    private SignalMessage message(SignalReport report) {
        List<SealedPseudonym> parents = new ArrayList<>();
        for (String parent : report.parentBsns()) {
            parents.add(evaluate(parent));
        }
        return new SignalMessage(
                report.messageId(),
                report.sequence(),
                keyVersion,
                report.state(),
                evaluate(report.youthBsn()),
                parents,
                report.municipalityCode(),
                report.registeredOn(),
                report.activeUntil(),
                report.archiveUntil(),
                report.professional());
    }

    /** Blinds the BSN, has it evaluated for the hub, and keeps only what goes to the hub: the sealed box and blind. */
    private SealedPseudonym evaluate(String bsn) {
        Oprf.Blinded blinded;
        try {
            blinded = PseudonymInput.blindBsn(bsn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a BSN of the report is not nine digits");
        }
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, Object> request = Map.of(
                "recipient", recipient,
                "keyVersion", keyVersion,
                "blindedElement", base64.encodeToString(blinded.blindedElement()));
        String body = send(HttpRequest.newBuilder(pseudonymService.resolve("v1/evaluate"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
                .build());
        String sealed;
        try {
            JsonNode answer = JSON.readTree(body);
            sealed = answer.required("sealedEvaluation").asString();
        } catch (JacksonException e) {
            throw new NationalIndexUnavailable("the pseudonym service answered with an evaluation that cannot be read");
        }
        return new SealedPseudonym(sealed, base64.encodeToString(blinded.blind()));
    }

    private HttpRequest put(String path, Object body) {
        return request(path)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(hub.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /** Sends and returns the body of a 2xx; classifies everything else. Never puts a body it sent in an exception. */
    private String send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NationalIndexUnavailable(request.method() + " "
                    + request.uri().getPath() + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalIndexUnavailable(
                    request.method() + " " + request.uri().getPath() + " was interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String where = request.method() + " " + request.uri().getPath();
        if (status == 429 || status >= 500) {
            throw new NationalIndexUnavailable(where + " answered " + status);
        }
        String code = "unknown";
        String detail = where + " answered " + status;
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.hasNonNull("code")) {
                code = problem.get("code").asString();
            }
            if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asString();
            }
        } catch (JacksonException e) {
            // not problem details: the status says enough
        }
        throw new NationalIndexRefused(status, code, detail);
    }

    /** A base address that relative paths resolve under, with or without its trailing slash as given. */
    private static URI base(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
