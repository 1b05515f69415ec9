// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.shared.Moments;

/**
 * The daily checkpoint (issue 12): the chain's head (last id, its hash, the moment) appended as one line to
 * {@code logbook-checkpoints.txt} in the configured directory and logged, so an operator can keep it outside the
 * database (a write-once store, a log collector). With a checkpoint kept elsewhere, even someone who rewrites the
 * whole chain in the database is found out: the checkpointed entry no longer has that hash.
 */
@Component
public class Checkpoints {

    static final String FILE = "logbook-checkpoints.txt";
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcClient jdbc;
    private final LogbookProperties properties;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, LogbookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the chain's head; the line written, or empty when the chain is still empty. */
    @Transactional(readOnly = true)
    public Optional<String> write() {
        Optional<String> line = jdbc.sql(
                        "select last_id, last_hash from logbook_chain_head where id = 1 and last_id is not null")
                .query((rs, n) -> "logbook checkpoint id=" + rs.getLong("last_id") + " hash="
                        + HexFormat.of().formatHex(rs.getBytes("last_hash")) + " at=" + at())
                .optional();
        line.ifPresent(this::keep);
        return line;
    }

    private String at() {
        OffsetDateTime now = Moments.now(clock);
        return now.toString();
    }

    private void keep(String line) {
        log.info("{}", line);
        Path dir = properties.checkpointDir();
        if (dir == null || dir.toString().isBlank()) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(FILE),
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("the logbook checkpoint could not be written to " + dir, e);
        }
    }
}
