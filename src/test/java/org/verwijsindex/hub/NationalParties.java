// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.net.ssl.SSLContext;

import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verwijsindex.demo.PartyCa;
import org.verwijsindex.national.client.HttpNationalIndex;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.Inbox;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;
import org.verwijsindex.pseudonym.PseudonymServiceApplication;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The national parties of issue 14 in this JVM, for the hub's tests: a throw-away CA, an embedded PostgreSQL for the
 * hub, the pseudonym service and the hub, each on a random port with mutual TLS, and a client ({@link
 * HttpNationalIndex}) per region. Regions {@code region-1} to {@code region-40} are listed at the hub and the service,
 * so each test takes fresh regions ({@link #freshRegion()}) whose inboxes hold only its own deliveries.
 */
final class NationalParties implements AutoCloseable {

    static final String HUB = "national-index";
    static final int REGIONS = 40;

    final PartyCa ca = new PartyCa("Verwijsindex test CA");
    final byte[] oprfKey = Oprf.randomSecretKey();
    final SealedBox.KeyPair hubSeal = SealedBox.generateKeyPair();
    final byte[] hubHmacKey = Oprf.randomSecretKey();
    /**
     * Key version 2, for a key rotation (docs/adr/0032): another OPRF key, sealing key pair and HMAC key. The service
     * seals version 2's evaluations to version 2's sealing public key (docs/adr/0045).
     */
    final byte[] oprfKey2 = Oprf.randomSecretKey();

    final SealedBox.KeyPair hubSeal2 = SealedBox.generateKeyPair();

    final byte[] hubHmacKey2 = Oprf.randomSecretKey();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    private static NationalParties shared;

    private final AtomicInteger nextRegion = new AtomicInteger(1);
    private final EmbeddedPostgres database;
    private volatile boolean databaseStopped;
    private final ConfigurableApplicationContext service;
    private final ConfigurableApplicationContext hub;
    private final URI hubUri;
    private final URI serviceUri;

    NationalParties(Path dir, String... hubArguments) throws IOException {
        PartyCa.Issued server = ca.server("localhost");
        Path certificate = PartyCa.writePem(dir.resolve("server.pem"), server.certificate());
        Path privateKey = PartyCa.writePrivateKeyPem(
                dir.resolve("server-key.pem"), server.keys().getPrivate());
        Path clientCa = PartyCa.writePem(dir.resolve("ca.pem"), ca.certificate());
        Base64.Encoder base64 = Base64.getEncoder();
        Path serviceKeys = Files.writeString(
                dir.resolve("service-keys.properties"),
                NewHubKeys.serviceLine(HUB, 1, hubSeal)
                        + NewHubKeys.serviceLine(HUB, 2, hubSeal2)
                        + "recipient." + HUB + ".oprf-key.1=" + base64.encodeToString(oprfKey) + "\n"
                        + "recipient." + HUB + ".oprf-key.2=" + base64.encodeToString(oprfKey2) + "\n");
        Path hubKeys = Files.writeString(
                dir.resolve("hub-keys.properties"),
                NewHubKeys.hubLines(1, hubSeal, hubHmacKey) + NewHubKeys.hubLines(2, hubSeal2, hubHmacKey2));
        String regions =
                IntStream.rangeClosed(1, REGIONS).mapToObj(i -> "region-" + i).collect(Collectors.joining(","));

        database = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .start();
        service = PseudonymServiceApplication.application()
                .run(
                        "--server.port=" + freePort(),
                        "--spring.ssl.bundle.pem.pseudonym.keystore.certificate=" + certificate.toUri(),
                        "--spring.ssl.bundle.pem.pseudonym.keystore.private-key=" + privateKey.toUri(),
                        "--spring.ssl.bundle.pem.pseudonym.truststore.certificate=" + clientCa.toUri(),
                        "--verwijsindex.pseudonym.keys-file=" + serviceKeys,
                        "--verwijsindex.pseudonym.callers=" + regions);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + freePort(),
                "--spring.ssl.bundle.pem.hub.keystore.certificate=" + certificate.toUri(),
                "--spring.ssl.bundle.pem.hub.keystore.private-key=" + privateKey.toUri(),
                "--spring.ssl.bundle.pem.hub.truststore.certificate=" + clientCa.toUri(),
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--verwijsindex.hub.keys-file=" + hubKeys,
                "--verwijsindex.hub.regions=" + regions));
        for (int i = 1; i <= REGIONS; i++) {
            arguments.add("--verwijsindex.hub.region-names.region-" + i + "=" + regionName("region-" + i));
        }
        arguments.addAll(List.of(hubArguments));
        hub = HubApplication.application().run(arguments.toArray(String[]::new));
        // After the starts: Spring Boot's logging system resets the appenders while it starts.
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        hubUri = URI.create("https://localhost:" + port(hub) + "/");
        serviceUri = URI.create("https://localhost:" + port(service) + "/");
    }

    /**
     * One set of parties for all the hub's test classes in this JVM, started by the first that asks and stopped when
     * the JVM ends: each start costs a database and two applications, and fresh regions keep the tests apart.
     */
    static synchronized NationalParties shared() throws IOException {
        if (shared == null) {
            NationalParties parties = new NationalParties(Files.createTempDirectory("national-parties"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    parties.close();
                } catch (IOException | RuntimeException e) {
                    // the JVM is stopping; the directory is temporary
                }
            }));
            shared = parties;
        }
        return shared;
    }

    /** A region no other test has used, so its inbox holds only what this test made. */
    String freshRegion() {
        int n = nextRegion.getAndIncrement();
        if (n > REGIONS) {
            throw new IllegalStateException("more regions than listed: raise NationalParties.REGIONS");
        }
        return "region-" + n;
    }

    /** The display name the hub lists the region under ({@code verwijsindex.hub.region-names}). */
    static String regionName(String region) {
        return "Regio " + region.substring("region-".length());
    }

    HttpNationalIndex client(String region) {
        return client(region, 1);
    }

    /** A region that reports under the given key version: 1, or 2 once it has switched in a rotation. */
    HttpNationalIndex client(String region, int keyVersion) {
        return new HttpNationalIndex(hubUri, serviceUri, HUB, keyVersion, tls(region), Duration.ofSeconds(10));
    }

    /** Everything in the region's inbox (one page), acknowledged afterwards. */
    List<Delivery> drain(String region) {
        HttpNationalIndex client = client(region);
        Inbox inbox = client.inbox(0, 100);
        if (inbox.more()) {
            throw new IllegalStateException("more than one page of deliveries for " + region);
        }
        if (!inbox.deliveries().isEmpty()) {
            client.inbox(inbox.deliveries().get(inbox.deliveries().size() - 1).deliveryId(), 1);
        }
        return inbox.deliveries();
    }

    SSLContext tls(String region) {
        try {
            return PartyCa.clientContext(ca.party(region), ca.certificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI hubUri() {
        return hubUri;
    }

    URI serviceUri() {
        return serviceUri;
    }

    JdbcClient hubDatabase() {
        return hub.getBean(JdbcClient.class);
    }

    ConfigurableApplicationContext hub() {
        return hub;
    }

    /** Stops the hub's PostgreSQL, for an outage of the hub's database; {@link #close()} is fine afterwards. */
    void stopDatabase() throws IOException {
        databaseStopped = true;
        database.close();
    }

    ConfigurableApplicationContext service() {
        return service;
    }

    /** The port a party listens on now, to check a stopped party came back where the regions look for it. */
    static int portOf(ConfigurableApplicationContext party) {
        return port(party);
    }

    /** Sends a raw request to the hub, for what the client would never send. */
    HttpResponse<String> send(SSLContext tls, HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newBuilder().sslContext(tls).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    List<String> logLines() {
        synchronized (logs) {
            return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** Every value of every column of every table in the hub's schema, as text: what a stolen database dump holds. */
    List<String> dump() {
        JdbcClient jdbc = hubDatabase();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'hub'")
                .query(String.class)
                .list();
        List<String> values = new ArrayList<>();
        for (String table : tables) {
            jdbc.sql("select t::text from hub.\"" + table + "\" t")
                    .query(String.class)
                    .list()
                    .forEach(values::add);
        }
        return values;
    }

    /**
     * A port free now, so a party stopped and started again (an outage) listens where the regions look for it: a
     * server on port 0 would get another port at its restart.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() throws IOException {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        if (hub != null) {
            hub.close();
        }
        if (service != null) {
            service.close();
        }
        if (!databaseStopped) {
            database.close();
        }
    }
}
