// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verwijsindex.demo.PartyCa;
import org.verwijsindex.oprf.SealedBox;

/**
 * R-NATIONAL: the hub does not start half-configured, and its key file holds per version the sealing key pair and an
 * HMAC key of at least 32 bytes, as {@link NewHubKeys} writes it; a bad entry stops the start naming the entry, never
 * the value.
 */
class HubStartTest {

    @TempDir
    Path dir;

    @Test
    void R_NATIONAL_missingSettingsStopTheStartWithAMessageNamingThemAll() {
        assertThatThrownBy(() -> HubApplication.application().run("--server.port=0"))
                .hasMessageContaining("spring.datasource.url")
                .hasMessageContaining("verwijsindex.hub.keys-file")
                .hasMessageContaining("verwijsindex.hub.regions")
                .hasMessageContaining("spring.ssl.bundle.pem.hub.keystore.certificate")
                .hasMessageContaining("spring.ssl.bundle.pem.hub.truststore.certificate");
    }

    @Test
    void R_NATIONAL_theDemoProfileStartsTheHubOnItsOwnEmbeddedDatabase() throws IOException {
        PartyCa ca = new PartyCa("Demo CA");
        PartyCa.Issued server = ca.server("localhost");
        Path keys = dir.resolve("hub-keys.properties");
        NewHubKeys.append(keys, NewHubKeys.hubLines(1, SealedBox.generateKeyPair(), new byte[32]));
        Path data = embeddedDataDir();
        try (ConfigurableApplicationContext hub = HubApplication.application()
                .run(
                        "--spring.profiles.active=demo",
                        "--server.port=0",
                        "--verwijsindex.hub.embedded-database.data-dir=" + data,
                        "--spring.ssl.bundle.pem.hub.keystore.certificate="
                                + PartyCa.writePem(dir.resolve("server.pem"), server.certificate())
                                        .toUri(),
                        "--spring.ssl.bundle.pem.hub.keystore.private-key="
                                + PartyCa.writePrivateKeyPem(
                                                dir.resolve("key.pem"),
                                                server.keys().getPrivate())
                                        .toUri(),
                        "--spring.ssl.bundle.pem.hub.truststore.certificate="
                                + PartyCa.writePem(dir.resolve("ca.pem"), ca.certificate())
                                        .toUri(),
                        "--verwijsindex.hub.keys-file=" + keys,
                        "--verwijsindex.hub.regions=region-a,region-b")) {
            assertThat(hub.getBean(JdbcClient.class)
                            .sql("select count(*) from information_schema.tables where table_schema = 'hub'")
                            .query(Integer.class)
                            .single())
                    .as("the hub's tables, migrated into the embedded database")
                    .isGreaterThanOrEqualTo(7);
            assertThat(data.resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void R_NATIONAL_newHubKeysWritesAKeyFileTheHubLoadsAndTheLineForThePseudonymService() throws IOException {
        Path file = dir.resolve("hub-keys.properties");
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        byte[] hmacKey = new byte[32];
        hmacKey[0] = 7;
        NewHubKeys.append(file, NewHubKeys.hubLines(1, seal, hmacKey));
        NewHubKeys.append(file, NewHubKeys.hubLines(2, SealedBox.generateKeyPair(), new byte[40]));

        Map<Integer, HubKeys.Version> versions = HubKeys.load(file);
        assertThat(versions).containsOnlyKeys(1, 2);
        assertThat(versions.get(1).seal().secretKey()).isEqualTo(seal.secretKey());
        assertThat(versions.get(1).hmacKey()).isEqualTo(hmacKey);
        assertThat(NewHubKeys.serviceLine("national-index", 1, seal))
                .contains("recipient.national-index.seal-public-key.1="
                        + Base64.getEncoder().encodeToString(seal.publicKey()))
                .doesNotContain(Base64.getEncoder().encodeToString(seal.secretKey()));
        assertThatThrownBy(() -> NewHubKeys.append(file, NewHubKeys.hubLines(1, seal, hmacKey)))
                .hasMessageContaining("already holds this key version");
    }

    @Test
    void R_NATIONAL_twoKeyVersionsWithOneSealingKeyPairOrAPublicKeyOfAnotherPairStopTheStart() throws IOException {
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        Path shared = Files.writeString(
                dir.resolve("shared-seal.properties"),
                NewHubKeys.hubLines(1, seal, new byte[32]) + NewHubKeys.hubLines(2, seal, new byte[32]));
        assertThatThrownBy(() -> HubKeys.load(shared))
                .hasMessageContaining("key.2.seal-public-key is the same key as key.1.seal-public-key");

        String otherPublic =
                Base64.getEncoder().encodeToString(SealedBox.generateKeyPair().publicKey());
        Path mixed = Files.writeString(
                dir.resolve("mixed-seal.properties"),
                NewHubKeys.hubLines(1, seal, new byte[32])
                        .replaceAll("key.1.seal-public-key=.*", "key.1.seal-public-key=" + otherPublic));
        assertThatThrownBy(() -> HubKeys.load(mixed))
                .hasMessageContaining("key.1.seal-public-key is not the public half of key.1.seal-secret-key")
                .hasMessageNotContaining(otherPublic);
    }

    @Test
    void R_NATIONAL_aShortHmacKeyOrAMissingHalfStopsTheStartNamingTheEntryNotTheValue() throws IOException {
        SealedBox.KeyPair seal = SealedBox.generateKeyPair();
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        Path file = Files.writeString(
                dir.resolve("short.properties"),
                NewHubKeys.hubLines(1, seal, new byte[32]).replaceAll("hmac-key=.*", "hmac-key=" + shortKey));
        assertThatThrownBy(() -> HubKeys.load(file))
                .hasMessageContaining("key.1.hmac-key")
                .hasMessageNotContaining(shortKey);

        Path noSecret = Files.writeString(
                dir.resolve("half.properties"),
                NewHubKeys.hubLines(1, seal, new byte[32]).replaceAll("key.1.seal-secret-key=.*\n", ""));
        assertThatThrownBy(() -> HubKeys.load(noSecret)).hasMessageContaining("key.1.seal-secret-key");

        Path unknown = Files.writeString(dir.resolve("unknown.properties"), "oprf-key.1=AAAA\n");
        assertThatThrownBy(() -> HubKeys.load(unknown)).hasMessageContaining("oprf-key.1");
    }

    /**
     * Not in the {@code @TempDir}: the embedded server stops after the context closes, and JUnit deleting the
     * directory meanwhile found {@code pg_wal} still being written (a failed test in CI).
     */
    private static Path embeddedDataDir() {
        return Path.of(
                        System.getProperty("verwijsindex.test.target", "target"),
                        "test-data-hub-start",
                        UUID.randomUUID().toString())
                .toAbsolutePath();
    }
}
