// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.verwijsindex.hub.HubApplication;
import org.verwijsindex.hub.NewHubKeys;
import org.verwijsindex.oprf.Oprf;
import org.verwijsindex.oprf.SealedBox;
import org.verwijsindex.pseudonym.PseudonymServiceApplication;

import nl.verwijsindex.VerwijsindexApplication;

/**
 * Starts the four parties of the national index on this machine, in one JVM (README, "Two regions and the national
 * index"): the pseudonym service on 8443 and the hub on 8444 (both HTTPS with mutual TLS), and two regional indexes
 * with the demo's accounts, at http://localhost:8080 (region A, the whole demo) and http://localhost:8081 (region
 * B, the accounts and one signal: Kees Visser on Noah Jansen, whom Joost van Dam signals in region A). Each has its
 * own embedded PostgreSQL under {@code data/national}. The certificate authority is made anew at every start; the
 * pseudonym service's and the hub's keys are made once and kept, so the hub's pseudonyms stay the same.
 */
public final class NationalDemo {

    private static final Logger log = LoggerFactory.getLogger(NationalDemo.class);

    static final String HUB = "national-index";
    static final String REGION_A = "regio-a";
    static final String REGION_B = "regio-b";
    static final int SERVICE_PORT = 8443;
    static final int HUB_PORT = 8444;

    private NationalDemo() {}

    public static void main(String[] args) {
        Path dir = Path.of(System.getProperty("verwijsindex.national-demo.data-dir", "data/national"))
                .toAbsolutePath()
                .normalize();
        List<ConfigurableApplicationContext> started =
                start(dir, new Ports(SERVICE_PORT, HUB_PORT, 8080, 8081, 3025, 3026));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<ConfigurableApplicationContext> lastFirst = new ArrayList<>(started);
            Collections.reverse(lastFirst);
            lastFirst.forEach(ConfigurableApplicationContext::close);
        }));
        log.info("""

                The national index's demo is running:
                  region A  http://localhost:8080   (the whole demo; log in as joost or fatima, password demo)
                  region B  http://localhost:8081   (log in as kees, password demo)
                  pseudonym service https://localhost:{}, hub https://localhost:{} (mutual TLS)
                Kees Visser (region B) and Joost van Dam (region A) signal one youth, Noah Jansen: both see the
                match across regions on Mijn matches within a minute, and Fatima Yilmaz a family match.
                """, SERVICE_PORT, HUB_PORT);
    }

    /**
     * The ports of the parties: the pseudonym service and the hub (HTTPS), the two regional indexes (HTTP) and their
     * in-process mail servers.
     */
    public record Ports(int service, int hub, int regionA, int regionB, int smtpA, int smtpB) {}

    /**
     * Starts the four parties with their data under {@code dir}, first to last; close them last to first.
     *
     * @param regionArguments further settings for both regional indexes (a test leaves out the demo's year of
     *     history, which costs half a minute and is not what it looks at)
     */
    public static List<ConfigurableApplicationContext> start(Path dir, Ports ports, String... regionArguments) {
        Parties parties = Parties.make(dir);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        started.add(PseudonymServiceApplication.application()
                .run(
                        "--server.port=" + ports.service(),
                        "--spring.ssl.bundle.pem.pseudonym.keystore.certificate=" + parties.serverCertificate,
                        "--spring.ssl.bundle.pem.pseudonym.keystore.private-key=" + parties.serverKey,
                        "--spring.ssl.bundle.pem.pseudonym.truststore.certificate=" + parties.ca,
                        "--verwijsindex.pseudonym.keys-file=" + parties.serviceKeys,
                        "--verwijsindex.pseudonym.callers=" + REGION_A + "," + REGION_B));
        started.add(HubApplication.application()
                .run(
                        "--spring.profiles.active=demo",
                        "--server.port=" + ports.hub(),
                        "--verwijsindex.hub.embedded-database.data-dir=" + dir.resolve("hub"),
                        "--spring.ssl.bundle.pem.hub.keystore.certificate=" + parties.serverCertificate,
                        "--spring.ssl.bundle.pem.hub.keystore.private-key=" + parties.serverKey,
                        "--spring.ssl.bundle.pem.hub.truststore.certificate=" + parties.ca,
                        "--verwijsindex.hub.keys-file=" + parties.hubKeys,
                        "--verwijsindex.hub.regions=" + REGION_A + "," + REGION_B,
                        "--verwijsindex.hub.region-names." + REGION_A + "=Regio A",
                        "--verwijsindex.hub.region-names." + REGION_B + "=Regio B"));
        started.add(region(dir, parties, REGION_A, ports.regionA(), ports.smtpA(), ports, false, regionArguments));
        started.add(region(dir, parties, REGION_B, ports.regionB(), ports.smtpB(), ports, true, regionArguments));
        return started;
    }

    private static ConfigurableApplicationContext region(
            Path dir,
            Parties parties,
            String region,
            int port,
            int smtpPort,
            Ports ports,
            boolean second,
            String... further) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--verwijsindex.standalone.data-dir=" + dir.resolve(region),
                "--verwijsindex.standalone.smtp-port=" + smtpPort,
                "--verwijsindex.notification.base-url=http://localhost:" + port,
                // Both regions are on localhost, where a browser shares cookies between ports.
                "--server.servlet.session.cookie.name=VERWIJSINDEX_SESSION_"
                        + region.toUpperCase(Locale.ROOT).replace('-', '_'),
                "--verwijsindex.national.enabled=true",
                "--verwijsindex.national.hub-url=https://localhost:" + ports.hub(),
                "--verwijsindex.national.pseudonym-service-url=https://localhost:" + ports.service(),
                "--verwijsindex.national.ssl-bundle=national",
                "--verwijsindex.national.recipient=" + HUB,
                "--verwijsindex.national.key-version=1",
                "--spring.ssl.bundle.pem.national.keystore.certificate=" + parties.regionCertificate(region),
                "--spring.ssl.bundle.pem.national.keystore.private-key=" + parties.regionKey(region),
                "--spring.ssl.bundle.pem.national.truststore.certificate=" + parties.ca));
        if (second) {
            arguments.add("--verwijsindex.demo.history.enabled=false");
            arguments.add("--verwijsindex.demo.second-region=true");
        }
        arguments.addAll(List.of(further));
        return new SpringApplication(VerwijsindexApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The certificates (made anew) and the key files (made once) of the demo's parties, as file URIs and paths. */
    private record Parties(
            String ca, String serverCertificate, String serverKey, Path dir, Path serviceKeys, Path hubKeys) {

        static Parties make(Path dir) {
            try {
                Path tls = Files.createDirectories(dir.resolve("tls"));
                PartyCa ca = new PartyCa("Verwijsindex demo CA");
                PartyCa.Issued server = ca.server("localhost");
                for (String region : List.of(REGION_A, REGION_B)) {
                    PartyCa.Issued party = ca.party(region);
                    PartyCa.writePem(tls.resolve(region + ".pem"), party.certificate());
                    PartyCa.writePrivateKeyPem(
                            tls.resolve(region + "-key.pem"), party.keys().getPrivate());
                }
                Path serviceKeys = dir.resolve("pseudonym-service-keys.properties");
                Path hubKeys = dir.resolve("hub-keys.properties");
                if (Files.notExists(serviceKeys) || Files.notExists(hubKeys)) {
                    Files.deleteIfExists(serviceKeys);
                    Files.deleteIfExists(hubKeys);
                    SealedBox.KeyPair seal = SealedBox.generateKeyPair();
                    byte[] hmacKey = new byte[32];
                    new SecureRandom().nextBytes(hmacKey);
                    NewHubKeys.append(hubKeys, NewHubKeys.hubLines(1, seal, hmacKey));
                    Base64.Encoder base64 = Base64.getEncoder();
                    Files.writeString(
                            serviceKeys,
                            NewHubKeys.serviceLine(HUB, 1, seal)
                                    + "recipient." + HUB + ".oprf-key.1="
                                    + base64.encodeToString(Oprf.randomSecretKey()) + "\n");
                }
                return new Parties(
                        PartyCa.writePem(tls.resolve("ca.pem"), ca.certificate())
                                .toUri()
                                .toString(),
                        PartyCa.writePem(tls.resolve("server.pem"), server.certificate())
                                .toUri()
                                .toString(),
                        PartyCa.writePrivateKeyPem(
                                        tls.resolve("server-key.pem"),
                                        server.keys().getPrivate())
                                .toUri()
                                .toString(),
                        tls,
                        serviceKeys,
                        hubKeys);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String regionCertificate(String region) {
            return dir.resolve(region + ".pem").toUri().toString();
        }

        String regionKey(String region) {
            return dir.resolve(region + "-key.pem").toUri().toString();
        }
    }
}
