// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import nl.verwijsindex.logbook.ChainCheck;
import nl.verwijsindex.logbook.ChainCheck.Break;

/**
 * Checks the logbook's hash chains (R-LOGBOOK, issue 12), each on its own (ADR 0047): every kept entry of a chain,
 * oldest first, must hash to what it stores and link to the hash of the entry before it in its chain, and the
 * chain's head must name its last one. A chain's oldest kept entry's link is taken as given: the entries before it
 * went by retention (ADR 0021), and the checkpoints outside the database are what proves the kept part is the same
 * chain. Entries from before the chain existed (no hash) may only come before the first chained one of chain 1.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

    private final JdbcTemplate jdbc;
    private final Checkpoints checkpoints;
    private final AtomicInteger broken = new AtomicInteger();

    ChainVerifier(DataSource dataSource, Checkpoints checkpoints, MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.checkpoints = checkpoints;
        meters.gauge("verwijsindex.logbook.chain.broken", broken);
    }

    /**
     * Checks every kept chain; logs the outcome and sets the metric {@code verwijsindex.logbook.chain.broken} to the
     * number of broken chains.
     */
    @Transactional(readOnly = true)
    public ChainCheck verify() {
        return report(walk(), List.of(), 0);
    }

    /**
     * Checks every kept chain and compares the checkpoints in the configured checkpoint file (if there is one) with
     * the entries they name: what the verification command and the nightly task do.
     */
    @Transactional(readOnly = true)
    public ChainCheck verifyWithCheckpoints() {
        ChainCheck chains = walk();
        Checkpoints.Comparison compared = checkpoints.compare();
        return report(chains, compared.breaks(), compared.checked());
    }

    private ChainCheck report(ChainCheck chains, List<Break> checkpointBreaks, long checkpointsChecked) {
        List<Break> breaks = new ArrayList<>(chains.breaks());
        breaks.addAll(checkpointBreaks);
        ChainCheck check = new ChainCheck(chains.checked(), chains.chains(), checkpointsChecked, breaks);
        broken.set(check.brokenChains().size());
        if (check.intact()) {
            log.info("{}", check);
        } else {
            log.error("{}", check);
        }
        return check;
    }

    private ChainCheck walk() {
        // The heads first: every entry of a chain up to its head is committed (appends to a chain are serialised on its
        // head, and a chain's ids grow with it), later ones are not this check's business.
        Map<Integer, Walk> walks = new LinkedHashMap<>();
        jdbc.query("select id, last_id, last_hash from logbook_chain_head order by id", rs -> {
            int chain = rs.getInt("id");
            walks.put(chain, new Walk(chain, (Long) rs.getObject("last_id"), rs.getBytes("last_hash")));
        });
        long upTo = walks.values().stream()
                .map(Walk::headId)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<Break> breaks = new ArrayList<>();
        jdbc.query(
                "select * from logbook_entry where id <= ? order by id",
                rs -> {
                    int chain = rs.getInt("chain");
                    Walk walk = walks.get(chain);
                    if (walk == null) {
                        breaks.add(new Break(chain, rs.getLong("id"), "the entry names a chain that has no head"));
                        return;
                    }
                    walk.next(rs);
                },
                upTo);
        long checked = 0;
        for (Walk walk : walks.values()) {
            checked += walk.checked;
            Break found = walk.result != null ? walk.result : walk.checkHead();
            if (found != null) {
                breaks.add(found);
            }
        }
        return new ChainCheck(checked, walks.size(), 0, breaks);
    }

    /** One pass over the entries of one chain, stopping at its first broken link. */
    private static final class Walk {
        final int chain;
        final Long headId;
        final byte[] headHash;
        long checked;
        Long lastId;
        byte[] last;
        Break result;

        Walk(int chain, Long headId, byte[] headHash) {
            this.chain = chain;
            this.headId = headId;
            this.headHash = headHash;
        }

        Long headId() {
            return headId;
        }

        void next(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (result != null || headId == null || id > headId) {
                return;
            }
            byte[] hash = rs.getBytes("hash");
            if (hash == null) {
                if (last != null || chain != 1) {
                    result = new Break(chain, id, "the entry has no hash");
                }
                return;
            }
            checked++;
            byte[] previous = rs.getBytes("previous_hash");
            if (last != null && !ChainLink.same(previous, last)) {
                result = new Break(chain, id, "the entry does not link to entry " + lastId);
                return;
            }
            if (!ChainLink.ofRow(rs, previous).hashes(hash)) {
                result = new Break(
                        chain,
                        id,
                        "the entry does not match its hash " + HexFormat.of().formatHex(hash));
                return;
            }
            lastId = id;
            last = hash;
        }

        /** The head must name the chain's last entry; nothing kept (all gone by retention) leaves it to checkpoints. */
        Break checkHead() {
            if (last == null) {
                return null;
            }
            return ChainLink.same(headHash, last) && Objects.equals(headId, lastId)
                    ? null
                    : new Break(chain, lastId, "the chain's head does not name this last entry");
        }
    }
}
