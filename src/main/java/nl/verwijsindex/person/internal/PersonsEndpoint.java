// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST {base-url}/personen}: sends one query and returns the parsed answer, trying again when that may
 * help. Knows HTTP and JSON, not persons. Neither bodies nor anything from them reach a log line or an
 * exception: a body carries BSNs.
 */
final class PersonsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(PersonsEndpoint.class);
    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");
    /** A Raadpleeg of one person is a few kilobytes; this bounds a misbehaving server. */
    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z]{1,25}");
    private static final Pattern SAFE_PARAMETER = Pattern.compile("[A-Za-z._]{1,40}(\\[\\d{1,3}])?");

    private final RestClient client;
    private final JsonMapper json;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final Duration readTimeout;

    /**
     * Connections kept to the register: every thread that asks (request threads, the after-commit executor, the
     * scheduled checks) holds one only while it waits for its answer. A thread that finds all of them in use waits
     * for one at most as long as it would wait for an answer.
     */
    static final int MAX_CONNECTIONS = 64;

    PersonsEndpoint(BrpProperties properties, JsonMapper json) {
        // Issue 18 (docs/adr/0055): a blocking client with a pool of connections. The JDK's HttpClient handed every
        // exchange between the asking thread, its executor and its selector thread: about a fifth of the service's CPU
        // for two small requests per registration. This one does the exchange on the thread that asks.
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                // the JVM's TLS set-up, as the JDK's client had it (trust store, and a client certificate if the
                // javax.net.ssl.keyStore properties name one); host names verified
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(defaultTls()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(properties.readTimeout()))
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                // as the JDK's client: no retries of its own (query() decides), no redirects, no cookies, no gzip
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(new HttpComponentsClientHttpRequestFactory(http))
                .baseUrl(properties.baseUrl())
                .defaultHeaders(headers -> headers.setAccept(List.of(MediaType.APPLICATION_JSON, PROBLEM_JSON)));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.defaultHeader("X-API-KEY", properties.apiKey());
        }
        this.client = builder.build();
        this.json = json;
        this.maxAttempts = properties.maxAttempts();
        this.retryBackoff = properties.retryBackoff();
        this.readTimeout = properties.readTimeout();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no default TLS context", e);
        }
    }

    /**
     * Sends the query and returns the answer document.
     *
     * @throws PersonRegisterUnavailable when no attempt got a readable 2xx answer
     */
    JsonNode query(JsonNode request) {
        byte[] body = json.writeValueAsBytes(request);
        for (int attempt = 1; ; attempt++) {
            try {
                return parse(send(body));
            } catch (Failure failure) {
                if (!failure.retryable || attempt >= maxAttempts) {
                    String after = attempt > 1 ? " (after " + attempt + " attempts)" : "";
                    throw new PersonRegisterUnavailable(
                            failure.reason, failure.getMessage() + after, failure.getCause());
                }
                log.warn(
                        "Person register: attempt {} of {} failed ({}); trying again",
                        attempt,
                        maxAttempts,
                        failure.getMessage());
                pause(retryBackoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
        }
    }

    private byte[] send(byte[] body) {
        try {
            return client.post()
                    .uri("/personen")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        if (status.is2xxSuccessful()) {
                            return readAtMost(response.getBody(), MAX_RESPONSE_BYTES);
                        }
                        throw refusal(status, response.getBody());
                    });
        } catch (ResourceAccessException e) {
            throw transportFailure(e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            // not chained: a parser's message may quote the body
            throw new Failure(Reason.MALFORMED_RESPONSE, "person register answered with unreadable JSON", false, null);
        }
    }

    private Failure refusal(HttpStatusCode status, InputStream body) {
        if (status.is5xxServerError()) {
            return new Failure(Reason.UNREACHABLE, "person register answered HTTP " + status.value(), true, null);
        }
        String problem = describeProblem(body);
        return new Failure(
                Reason.REFUSED,
                "person register refused the request: HTTP " + status.value() + problem,
                status.value() == 429,
                null);
    }

    /** The problem's {@code code} and the names of invalid parameters: never a value, never a {@code reason}. */
    private String describeProblem(InputStream body) {
        try {
            JsonNode problem = json.readTree(readAtMost(body, 64 * 1024));
            StringBuilder text = new StringBuilder();
            String code = problem.path("code").asString("");
            if (SAFE_CODE.matcher(code).matches()) {
                text.append(", code ").append(code);
            }
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : problem.path("invalidParams")) {
                String name = parameter.path("name").asString("");
                if (SAFE_PARAMETER.matcher(name).matches() && names.size() < 10) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                text.append(", invalid parameters ").append(String.join(" ", names));
            }
            return text.toString();
        } catch (IOException | JacksonException | Failure e) {
            return "";
        }
    }

    private Failure transportFailure(ResourceAccessException e) {
        IOException cause = e.getCause() instanceof IOException io ? io : new IOException("I/O error");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionRequestTimeoutException) {
                return new Failure(
                        Reason.TIMEOUT, "no connection to the person register free within " + readTimeout, true, cause);
            }
            if (t instanceof ConnectTimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return new Failure(
                        Reason.UNREACHABLE,
                        "person register unreachable (" + t.getClass().getSimpleName() + ")",
                        true,
                        cause);
            }
            if (t instanceof SocketTimeoutException) {
                return new Failure(Reason.TIMEOUT, "person register did not answer within " + readTimeout, true, cause);
            }
        }
        return new Failure(
                Reason.UNREACHABLE,
                "person register connection failed (" + cause.getClass().getSimpleName() + ")",
                true,
                cause);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new Failure(
                    Reason.MALFORMED_RESPONSE, "person register answered more than " + limit + " bytes", false, null);
        }
        return bytes;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersonRegisterUnavailable(
                    Reason.UNREACHABLE, "interrupted while waiting to ask the person register again");
        }
    }

    /** One attempt failed; whether another may help. */
    private static final class Failure extends RuntimeException {

        final Reason reason;
        final boolean retryable;

        Failure(Reason reason, String message, boolean retryable, Throwable cause) {
            super(message, cause, false, false);
            this.reason = reason;
            this.retryable = retryable;
        }
    }
}
