package nl.verwijsindex.bench.drive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import nl.verwijsindex.bench.drive.Workload.Registration;

/** POST /api/v1/professionals/{id}/signals, as an organisation's system sends it. */
final class SignalApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            // Plain HTTP/1.1 with keep-alive, as a typical client system talks to the API (no h2c upgrade).
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final String keyPrefix;
    private final AtomicLong sequence = new AtomicLong();

    /** @param runId makes the Idempotency-Keys unique across runs on the same database */
    SignalApi(String baseUrl, String runId) {
        this.baseUrl = baseUrl;
        this.keyPrefix = "bench-" + runId + "-";
    }

    /** The start of every Idempotency-Key this run sends. */
    String keyPrefix() {
        return keyPrefix;
    }

    HttpResponse<String> send(Registration registration) throws Exception {
        return client.send(request(registration), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(Registration registration) {
        return client.sendAsync(request(registration), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(Registration registration) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/professionals/" + registration.professionalId() + "/signals"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + registration.token())
                .header("X-Acting-User", "bench")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", keyPrefix + sequence.incrementAndGet())
                .POST(HttpRequest.BodyPublishers.ofString(registration.body()))
                .build();
    }
}
