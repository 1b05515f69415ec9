// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * STYLE.md 7: a Flyway migration is never edited after it lands. Flyway would refuse a changed one only on a
 * database that already ran it, in production; this test refuses it on every build. The landed state is
 * {@value #CHECKSUMS} (name and SHA-256 of the file bytes); a new migration is appended there.
 */
class MigrationChecksumsTest {

    static final String CHECKSUMS = "src/test/resources/db/migration-checksums.txt";

    @Test
    void everyLandedMigrationIsUnchangedAndEveryMigrationIsListed() throws IOException {
        Map<String, String> landed = landed();
        Map<String, String> present = present();
        assertThat(landed).as("landed migrations in " + CHECKSUMS).isNotEmpty();

        List<String> problems = new ArrayList<>();
        landed.forEach((name, checksum) -> {
            if (!present.containsKey(name)) {
                problems.add(
                        name + " was removed or renamed: a landed migration stays as it is; add a new one instead");
            } else if (!present.get(name).equals(checksum)) {
                problems.add(
                        name + " was changed: a landed migration stays as it is; put the change in a new migration");
            }
        });
        present.forEach((name, checksum) -> {
            if (!landed.containsKey(name)) {
                problems.add(name + " is not listed: once it is final, append this line to " + CHECKSUMS + ":\n    "
                        + name + " " + checksum);
            }
        });
        assertThat(problems).as("Flyway migrations against " + CHECKSUMS).isEmpty();
    }

    private static Map<String, String> landed() throws IOException {
        Map<String, String> landed = new LinkedHashMap<>();
        try (InputStream in = MigrationChecksumsTest.class.getResourceAsStream("/db/migration-checksums.txt")) {
            assertThat(in).as(CHECKSUMS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                assertThat(parts)
                        .as("a line of " + CHECKSUMS + " is a file name and its checksum: " + trimmed)
                        .hasSize(2);
                assertThat(landed.put(parts[0], parts[1]))
                        .as(parts[0] + " listed twice")
                        .isNull();
            }
        }
        return landed;
    }

    /**
     * The migrations Flyway would run: the regional index's, db/migration on the class path, listed by file name; and
     * the national index's (org.verwijsindex.hub), db/hub, listed as {@code hub/<file name>}.
     */
    private static Map<String, String> present() throws IOException {
        Map<String, String> present = new TreeMap<>();
        add(present, "classpath*:db/migration/*", "");
        add(present, "classpath*:db/hub/*", "hub/");
        return present;
    }

    private static void add(Map<String, String> present, String pattern, String prefix) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                present.put(prefix + resource.getFilename(), sha256(in.readAllBytes()));
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
