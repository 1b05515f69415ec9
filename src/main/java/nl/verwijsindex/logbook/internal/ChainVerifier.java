// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import nl.verwijsindex.logbook.ChainCheck;

/**
 * Checks the logbook's hash chain (R-LOGBOOK, issue 12): every kept entry, oldest first, must hash to what it
 * stores and link to the hash of the entry before it, and the chain's head must name the last one. The oldest kept
 * entry's link is taken as given: the entries before it went by retention (ADR 0021), and the checkpoints outside
 * the database are what proves the kept part is the same chain. Entries from before the chain existed (no hash)
 * may only come before the first chained one.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

    private final JdbcTemplate jdbc;
    private final AtomicInteger broken = new AtomicInteger();

    ChainVerifier(DataSource dataSource, MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        meters.gauge("verwijsindex.logbook.chain.broken", broken);
    }

    /** Checks the whole kept chain; logs the outcome and sets the metric {@code verwijsindex.logbook.chain.broken}. */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        // The head first: every entry up to it is committed (appends are serialised on the head), later ones are not
        // this check's business.
        Head head = jdbc.queryForObject(
                "select last_id, last_hash from logbook_chain_head where id = 1",
                (rs, n) -> new Head((Long) rs.getObject("last_id"), rs.getBytes("last_hash")));
        Walk walk = new Walk();
        jdbc.query(
                "select * from logbook_entry where id <= ? order by id",
                walk::next,
                head.lastId() == null ? Long.MAX_VALUE : head.lastId());
        ChainCheck check = walk.result != null ? walk.result : checkHead(walk, head);
        broken.set(check.intact() ? 0 : 1);
        if (check.intact()) {
            log.info("{}", check);
        } else {
            log.error("{}", check);
        }
        return check;
    }

    private static ChainCheck checkHead(Walk walk, Head head) {
        if (walk.last == null) {
            // Nothing kept (or all gone by retention): only the checkpoints outside the database can say more.
            return new ChainCheck(walk.checked, null, null);
        }
        return ChainLink.same(head.lastHash(), walk.last) && Objects.equals(head.lastId(), walk.lastId)
                ? new ChainCheck(walk.checked, null, null)
                : new ChainCheck(walk.checked, walk.lastId, "the chain's head does not name this last entry");
    }

    private record Head(Long lastId, byte[] lastHash) {}

    /** One pass over the entries, stopping at the first broken link. */
    private static final class Walk {
        long checked;
        Long lastId;
        byte[] last;
        ChainCheck result;

        void next(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            long id = rs.getLong("id");
            byte[] hash = rs.getBytes("hash");
            if (hash == null) {
                if (last != null) {
                    result = new ChainCheck(checked, id, "the entry has no hash");
                }
                return;
            }
            checked++;
            byte[] previous = rs.getBytes("previous_hash");
            if (last != null && !ChainLink.same(previous, last)) {
                result = new ChainCheck(checked, id, "the entry does not link to entry " + lastId);
                return;
            }
            if (!link(rs, previous).hashes(hash)) {
                result = new ChainCheck(
                        checked,
                        id,
                        "the entry does not match its hash " + HexFormat.of().formatHex(hash));
                return;
            }
            lastId = id;
            last = hash;
        }

        private static ChainLink link(ResultSet rs, byte[] previous) throws SQLException {
            return new ChainLink(
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("action"),
                    rs.getString("actor_type"),
                    rs.getString("actor_id"),
                    rs.getString("acting_user"),
                    rs.getObject("professional_id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getBytes("audit_ref"),
                    rs.getObject("signal_id", UUID.class),
                    rs.getString("subject_id"),
                    rs.getString("remote_address"),
                    rs.getString("client"),
                    previous);
        }
    }
}
