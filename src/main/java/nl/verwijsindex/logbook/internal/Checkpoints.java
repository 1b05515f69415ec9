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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.logbook.ChainCheck.Break;
import nl.verwijsindex.shared.Moments;

/**
 * The daily checkpoint (issue 12): every chain's head (chain, last id, its hash, when that entry was made, the moment)
 * appended as one line a chain to {@code logbook-checkpoints.txt} in the configured directory and logged, so an
 * operator can keep it outside the database (a write-once store, a log collector). With a checkpoint kept elsewhere,
 * even someone who rewrites a whole chain in the database is found out: the checkpointed entry no longer has that
 * hash ({@link #compare}). Files from before the several chains of ADR 0047 name one head without a chain: chain 1.
 */
@Component
public class Checkpoints {

    static final String FILE = "logbook-checkpoints.txt";
    private static final String PREFIX = "logbook checkpoint ";
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcClient jdbc;
    private final LogbookProperties properties;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, LogbookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes every chain's head, one line a chain (an empty chain as {@code id=none}); the lines written. */
    @Transactional(readOnly = true)
    public List<String> write() {
        String at = Moments.now(clock).toString();
        List<String> lines = jdbc.sql("""
                        select h.id, h.last_id, h.last_hash, e.occurred_at
                        from logbook_chain_head h left join logbook_entry e on e.id = h.last_id
                        order by h.id""")
                .query((rs, n) -> {
                    long lastId = rs.getLong("last_id");
                    boolean empty = rs.wasNull();
                    OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class);
                    return PREFIX + "chain=" + rs.getInt("id") + " id=" + (empty ? "none" : lastId) + " hash="
                            + HexFormat.of().formatHex(rs.getBytes("last_hash")) + " occurred="
                            + (occurred == null ? "-" : occurred.toInstant().toString()) + " at=" + at;
                })
                .list();
        lines.forEach(line -> log.info("{}", line));
        keep(lines);
        return lines;
    }

    /** What comparing the checkpoint file with the logbook found: how many checkpoints named an entry, what broke. */
    record Comparison(long checked, List<Break> breaks) {}

    /** Compares the checkpoints in the configured checkpoint file, if there is one, with the entries they name. */
    @Transactional(readOnly = true)
    public Comparison compare() {
        Path dir = properties.checkpointDir();
        if (dir == null || dir.toString().isBlank() || !Files.isRegularFile(dir.resolve(FILE))) {
            return new Comparison(0, List.of());
        }
        return compare(dir.resolve(FILE));
    }

    /**
     * Every checkpoint that names an entry: the entry must still be in that chain with that hash, or have gone by
     * retention, which removes only the oldest part of a chain and only what is past the retention period.
     */
    @Transactional(readOnly = true)
    public Comparison compare(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the logbook checkpoints could not be read from " + file, e);
        }
        List<Break> breaks = new ArrayList<>();
        List<Checkpoint> named = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<Checkpoint> checkpoint = Checkpoint.parse(line);
            if (checkpoint.isEmpty()) {
                breaks.add(new Break(0, 0, "line " + (i + 1) + " of the checkpoint file cannot be read"));
            } else if (checkpoint.get().id() != null) {
                named.add(checkpoint.get());
            }
        }
        Map<Long, Kept> kept = new HashMap<>();
        for (int from = 0; from < named.size(); from += BATCH) {
            List<Long> ids = named.subList(from, Math.min(named.size(), from + BATCH)).stream()
                    .map(Checkpoint::id)
                    .distinct()
                    .toList();
            jdbc.sql("select id, chain, hash from logbook_entry where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> new Kept(rs.getLong("id"), rs.getInt("chain"), rs.getBytes("hash")))
                    .list()
                    .forEach(k -> kept.put(k.id(), k));
        }
        OffsetDateTime retained = Moments.now(clock).minus(properties.retention());
        Map<Integer, Optional<Long>> oldestKept = new HashMap<>();
        for (Checkpoint checkpoint : named) {
            Kept entry = kept.get(checkpoint.id());
            if (entry == null) {
                boolean young =
                        checkpoint.occurred() != null && !checkpoint.occurred().isBefore(retained);
                Optional<Long> oldest = oldestKept.computeIfAbsent(checkpoint.chain(), this::oldestKept);
                if (young || oldest.filter(o -> o < checkpoint.id()).isPresent()) {
                    breaks.add(new Break(
                            checkpoint.chain(),
                            checkpoint.id(),
                            "the entry of the checkpoint at " + checkpoint.at() + " is gone, which retention did not"));
                }
            } else if (entry.chain() != checkpoint.chain() || !ChainLink.same(entry.hash(), checkpoint.hash())) {
                breaks.add(new Break(
                        checkpoint.chain(),
                        checkpoint.id(),
                        "the entry does not have the chain and hash of the checkpoint at " + checkpoint.at()));
            }
        }
        return new Comparison(named.size(), breaks);
    }

    private Optional<Long> oldestKept(int chain) {
        return jdbc.sql("select id from logbook_entry where chain = :chain order by id limit 1")
                .param("chain", chain)
                .query(Long.class)
                .optional();
    }

    private record Kept(long id, int chain, byte[] hash) {}

    /** One line of the file: {@code chain=} is absent in the one-chain form, {@code occurred=} too. */
    record Checkpoint(int chain, Long id, byte[] hash, OffsetDateTime occurred, String at) {

        static Optional<Checkpoint> parse(String line) {
            if (!line.startsWith(PREFIX)) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            for (String field : line.substring(PREFIX.length()).trim().split("\\s+")) {
                int is = field.indexOf('=');
                if (is <= 0) {
                    return Optional.empty();
                }
                fields.put(field.substring(0, is), field.substring(is + 1));
            }
            try {
                int chain = Integer.parseInt(fields.getOrDefault("chain", "1"));
                String id = fields.get("id");
                String occurred = fields.getOrDefault("occurred", "-");
                if (id == null || fields.get("hash") == null) {
                    return Optional.empty();
                }
                return Optional.of(new Checkpoint(
                        chain,
                        id.equals("none") ? null : Long.valueOf(id),
                        HexFormat.of().parseHex(fields.get("hash")),
                        occurred.equals("-") ? null : OffsetDateTime.parse(occurred),
                        fields.getOrDefault("at", "-")));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private void keep(List<String> lines) {
        Path dir = properties.checkpointDir();
        if (lines.isEmpty() || dir == null || dir.toString().isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(System.lineSeparator()));
        try {
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve(FILE),
                    text,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("the logbook checkpoint could not be written to " + dir, e);
        }
    }
}
