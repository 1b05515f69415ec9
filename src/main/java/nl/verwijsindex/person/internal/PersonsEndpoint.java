// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
final class PersonsEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PersonsEndpoint.class);
    private static final String ACCEPT = "application/json, application/problem+json";
    /** A Raadpleeg of one person is a few kilobytes; this bounds a misbehaving server. */
    private static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z]{1,25}");
    private static final Pattern SAFE_PARAMETER = Pattern.compile("[A-Za-z._]{1,40}(\\[\\d{1,3}])?");

    private final CloseableHttpClient http;
    private final URI personen;
    private final String apiKey;
    /** Ends an exchange that is still going when its time is up: a register that trickles its answer included. */
    private final ScheduledExecutorService deadlines;

    private final Duration exchangeTimeout;
    private final JsonMapper json;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final Duration readTimeout;

    PersonsEndpoint(BrpProperties properties, JsonMapper json) {
        this.http = RegisterHttpClient.of(properties);
        this.personen = URI.create(properties.baseUrl() + "/personen");
        this.apiKey = properties.apiKey() == null || properties.apiKey().isBlank() ? null : properties.apiKey();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "person-register-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.deadlines = timer;
        this.exchangeTimeout = properties.connectTimeout().plus(properties.readTimeout());
        this.json = json;
        this.maxAttempts = properties.maxAttempts();
        this.retryBackoff = properties.retryBackoff();
        this.readTimeout = properties.readTimeout();
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

    /**
     * One exchange. The socket's timeout bounds each wait for bytes; the deadline bounds the whole exchange
     * (connect-timeout plus read-timeout), so a register that sends its answer a byte at a time times out too. An
     * answer that is too large, or not read, ends the connection instead of being read to its end.
     */
    private byte[] send(byte[] body) {
        HttpPost post = new HttpPost(personen);
        post.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        if (apiKey != null) {
            post.setHeader("X-API-KEY", apiKey);
        }
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    late.set(true);
                    post.cancel();
                },
                exchangeTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return http.execute(post, response -> answer(post, response));
        } catch (IOException e) {
            if (late.get()) {
                throw new Failure(
                        Reason.TIMEOUT, "person register did not answer within " + exchangeTimeout, true, null);
            }
            throw transportFailure(e);
        } finally {
            deadline.cancel(false);
        }
    }

    private byte[] answer(HttpPost post, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        try (InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
            if (status >= 200 && status < 300) {
                return readAtMost(post, body, MAX_RESPONSE_BYTES);
            }
            if (status >= 500) {
                post.cancel(); // its body is not read
                throw new Failure(Reason.UNREACHABLE, "person register answered HTTP " + status, true, null);
            }
            String problem = describeProblem(post, body);
            throw new Failure(
                    Reason.REFUSED,
                    "person register refused the request: HTTP " + status + problem,
                    status == 429,
                    null);
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

    /** The problem's {@code code} and the names of invalid parameters: never a value, never a {@code reason}. */
    private String describeProblem(HttpPost post, InputStream body) {
        try {
            JsonNode problem = json.readTree(readAtMost(post, body, 64 * 1024));
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

    private Failure transportFailure(IOException cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
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

    /** Reads the whole body, or ends the connection when it has more than {@code limit} bytes. */
    private static byte[] readAtMost(HttpPost post, InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            post.cancel(); // closing the body would read the rest of it
            throw new Failure(
                    Reason.MALFORMED_RESPONSE, "person register answered more than " + limit + " bytes", false, null);
        }
        return bytes;
    }

    /** The pooled connections and the deadlines' thread, when the application stops. */
    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.GRACEFUL);
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
