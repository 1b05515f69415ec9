// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.RequestOrigin;

/**
 * Links a committing transaction's entries into one of the logbook's chains and writes them (ADR 0021, ADR 0047):
 * under the lock of a chain head no other transaction holds, held until the commit.
 */
@Component
class ChainAppender {

    /** An entry recorded and not yet written: what it says, when, and from where. */
    record Pending(LogbookEntry entry, OffsetDateTime occurredAt, Optional<RequestOrigin> origin) {}

    private final JdbcClient jdbc;
    private final AuditKey auditKey;

    ChainAppender(JdbcClient jdbc, AuditKey auditKey) {
        this.jdbc = jdbc;
        this.auditKey = auditKey;
    }

    void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Issue 18: the youths' current indexes (a youth re-keyed while its entry was written) are read with the chain
        // head's lock, in the same statement (docs/adr/0051), where they were a statement per youth before it.
        Head head = freeHead(youthsOf(entries));
        insert(linked(entries, head), head);
    }

    /** The youths of the entries, each once. */
    private static List<byte[]> youthsOf(List<Pending> entries) {
        List<byte[]> youths = new ArrayList<>();
        Set<ByteBuffer> seen = new HashSet<>();
        for (Pending pending : entries) {
            byte[] index = pending.entry().youthIndex();
            if (index != null && seen.add(ByteBuffer.wrap(index))) {
                youths.add(index);
            }
        }
        return youths;
    }

    /** The entries as links of the chain after the head's last, each stored under its youth's current index. */
    private List<Row> linked(List<Pending> entries, Head head) {
        Map<ByteBuffer, byte[]> current = head.currentIndexes();
        byte[] previous = head.lastHash();
        List<Row> rows = new ArrayList<>(entries.size());
        for (Pending pending : entries) {
            LogbookEntry e = pending.entry();
            byte[] youth = e.youthIndex() == null
                    ? null
                    : current.getOrDefault(ByteBuffer.wrap(e.youthIndex()), e.youthIndex());
            Optional<RequestOrigin> origin = pending.origin();
            ChainLink link = new ChainLink(
                    pending.occurredAt(),
                    e.action().name(),
                    e.actor().type().name(),
                    e.actor().id(),
                    origin.map(RequestOrigin::actingUser).orElse(null),
                    e.professionalId(),
                    e.organisationId(),
                    auditKey.reference(youth),
                    e.signalId(),
                    e.subjectId(),
                    origin.map(RequestOrigin::remoteAddress).orElse(null),
                    origin.map(RequestOrigin::client).orElse(null),
                    previous);
            byte[] hash = link.hash();
            rows.add(new Row(link, youth, previous, hash));
            previous = hash;
        }
        return rows;
    }

    private void insert(List<Row> rows, Head head) {
        // Issue 18 (docs/adr/0049): the entries in one multi-row insert, and the last of them with the head's update in
        // the same statement, where there was an insert per entry and an update. The rows of one VALUES list are
        // inserted in their order, so their ids follow the chain as the verifier reads it (by id).
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            boolean last = from + CHUNK >= rows.size();
            JdbcClient.StatementSpec statement =
                    jdbc.sql(insertSql(chunk.size(), last)).param("chain", head.id());
            for (int i = 0; i < chunk.size(); i++) {
                Row row = chunk.get(i);
                ChainLink link = row.link();
                statement = statement
                        .param("at" + i, link.occurredAt())
                        .param("action" + i, link.action())
                        .param("actorType" + i, link.actorType())
                        .param("actorId" + i, link.actorId())
                        .param("actingUser" + i, link.actingUser())
                        .param("professional" + i, link.professionalId())
                        .param("organisation" + i, link.organisationId())
                        .param("youth" + i, row.youth())
                        .param("auditRef" + i, link.auditRef())
                        .param("signal" + i, link.signalId())
                        .param("subject" + i, link.subjectId())
                        .param("remoteAddress" + i, link.remoteAddress())
                        .param("client" + i, link.client())
                        .param("previous" + i, row.previous())
                        .param("hash" + i, row.hash());
            }
            if (last) {
                Row end = rows.get(rows.size() - 1);
                statement = statement
                        .param("lastHash", end.hash())
                        .param("lastAt", end.link().occurredAt());
            }
            statement.update();
        }
    }

    /**
     * The statement that inserts so many entries, with the head's update when {@code last}: made once per size and kind
     * (issue 18: formatting it for every insert was 0.8% of the service's CPU in the profile at da2ca9b).
     */
    private static String insertSql(int size, boolean last) {
        return INSERT_SQL.computeIfAbsent(last ? -size : size, key -> {
            StringBuilder sql = new StringBuilder();
            if (last) {
                sql.append("with entry as (");
            }
            sql.append("""
                    insert into logbook_entry (occurred_at, action, actor_type, actor_id, acting_user, professional_id,
                                               organisation_id, youth_index, audit_ref, signal_id, subject_id,
                                               remote_address, client, previous_hash, hash, chain)
                    values\s""");
            for (int i = 0; i < size; i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append(
                                "(:at%1$d, :action%1$d, :actorType%1$d, :actorId%1$d, :actingUser%1$d, :professional%1$d, "
                                        .formatted(i))
                        .append(":organisation%1$d, :youth%1$d, :auditRef%1$d, :signal%1$d, :subject%1$d, "
                                .formatted(i))
                        .append(":remoteAddress%1$d, :client%1$d, :previous%1$d, :hash%1$d, :chain)".formatted(i));
            }
            if (last) {
                sql.append("""
                         returning id)
                        update logbook_chain_head set last_id = (select max(id) from entry), last_hash = :lastHash,
                                                      updated_at = :lastAt
                        where id = :chain""");
            }
            return sql.toString();
        });
    }

    /** The insert statements made so far, by size; negative for those with the head's update. */
    private static final Map<Integer, String> INSERT_SQL = new ConcurrentHashMap<>();

    /** Entries a statement inserts at most: well within the 65,535 parameters of one PostgreSQL statement. */
    private static final int CHUNK = 500;

    private record Row(ChainLink link, byte[] youth, byte[] previous, byte[] hash) {}

    /**
     * A chain head locked for this transaction until it ends: the first one no other transaction holds, or, when every
     * head is taken, one of them at random after its holder commits; with the current index of each of these youths
     * that was re-keyed (docs/adr/0051: one statement, where the re-key read was one more per youth).
     */
    private Head freeHead(List<byte[]> youths) {
        return lockHead("order by id limit 1 for update skip locked", youths)
                .orElseGet(() -> lockHead("order by random() limit 1 for update", youths)
                        .orElseThrow(() -> new IllegalStateException("the logbook has no chain head")));
    }

    private Optional<Head> lockHead(String choice, List<byte[]> youths) {
        String head = "select id, last_hash from logbook_chain_head " + choice;
        JdbcClient.StatementSpec statement = youths.isEmpty()
                ? jdbc.sql(
                        "select h.id, h.last_hash, null::bytea as previous_index, null::bytea as current_index from ("
                                + head + ") h")
                : jdbc.sql("select h.id, h.last_hash, m.previous_index, m.current_index from (" + head + ") h"
                                + " left join logbook_youth_reindex m on m.previous_index = any(:youths)")
                        .param("youths", youths.toArray(new byte[0][]));
        List<HeadRow> rows = statement
                .query((rs, n) -> new HeadRow(
                        rs.getInt("id"),
                        rs.getBytes("last_hash"),
                        rs.getBytes("previous_index"),
                        rs.getBytes("current_index")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<ByteBuffer, byte[]> current = new HashMap<>();
        for (HeadRow row : rows) {
            if (row.previousIndex() != null) {
                current.put(ByteBuffer.wrap(row.previousIndex()), row.currentIndex());
            }
        }
        return Optional.of(new Head(rows.get(0).id(), rows.get(0).lastHash(), current));
    }

    private record HeadRow(int id, byte[] lastHash, byte[] previousIndex, byte[] currentIndex) {}

    /** A locked chain head, and the current index of each youth of the entries that was re-keyed. */
    private record Head(int id, byte[] lastHash, Map<ByteBuffer, byte[]> currentIndexes) {}
}
