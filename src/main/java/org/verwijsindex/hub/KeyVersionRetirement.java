// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retiring a key version while the hub runs (docs/adr/0045; docs/adr/0032 step 4 without a restart). An administrator
 * retires a version once every signal that holds a pseudonym of it also holds one of another version still in use;
 * while any signal holds only that version the call is refused with the number of such signals per region. Retiring
 * deletes the version's youth and parent pseudonyms and records the version as retired (hub migration {@code V3}), so
 * from then on a report under it is refused {@code 422 unknown-key-version} on every instance and after a restart, even
 * while its keys are still in the key file. The current version (the highest in the key file) is never retired.
 *
 * <p>A report and a retirement of one version never overlap: a report takes a shared transaction-scoped advisory lock
 * on its key version before it reads anything, a retirement the exclusive one, so a retirement waits for the reports of
 * its version in flight and the reports after it see it (each statement of a READ COMMITTED transaction reads what was
 * committed before it started). Reports of other versions never wait. Retirements wait for each other (one more
 * exclusive lock), so two of them cannot each count on the other's version and leave a signal with none.
 */
@Service
class KeyVersionRetirement {

    private static final Logger log = LoggerFactory.getLogger(KeyVersionRetirement.class);

    /** The first key of the two-key advisory locks on key versions (the hub's other locks use one bigint key). */
    static final int LOCK_SPACE = 0x4b455953;
    /** The second key of the lock that retirements take on each other; a key version is at least 1. */
    private static final int RETIREMENTS = 0;

    private final JdbcClient jdbc;
    private final HubKeys keys;
    private final Clock clock;

    KeyVersionRetirement(JdbcClient jdbc, HubKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** A retired version: who retired it when, and how many pseudonyms went. */
    record Retired(
            int keyVersion,
            Instant retiredAt,
            String retiredBy,
            long youthPseudonymsDeleted,
            long parentPseudonymsDeleted) {}

    /** The outcome of a call: the version's record and whether this call retired it or an earlier one had. */
    record Outcome(Retired retired, boolean already) {}

    /**
     * In a report's transaction, before anything else: waits while its version is being retired, and refuses the report
     * when the version is retired.
     */
    void refuseIfRetired(int keyVersion) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:space, :version)")
                .param("space", LOCK_SPACE)
                .param("version", keyVersion)
                .query((rs, n) -> 1)
                .list();
        if (find(keyVersion).isPresent()) {
            throw HubProblem.UNKNOWN_KEY_VERSION.refused();
        }
    }

    /** The versions retired so far, whether or not their keys are still in the key file. */
    Set<Integer> retired() {
        return new TreeSet<>(jdbc.sql("select key_version from retired_key_version")
                .query(Integer.class)
                .list());
    }

    List<Retired> all() {
        return jdbc.sql("select * from retired_key_version order by key_version")
                .query(KeyVersionRetirement::mapRetired)
                .list();
    }

    /** The versions in the key file that are not retired: those a report may carry. */
    Set<Integer> inUse() {
        Set<Integer> inUse = new TreeSet<>(keys.versions());
        inUse.removeAll(retired());
        return inUse;
    }

    /**
     * Per version in use, the signals that hold a youth pseudonym of it and of no other version in use: what keeps it
     * from being retired (a count of 0 means it may go).
     */
    Map<Integer, Long> signalsOnlyOn() {
        Set<Integer> inUse = inUse();
        Map<Integer, Long> counts = new TreeMap<>();
        inUse.forEach(v -> counts.put(v, 0L));
        if (inUse.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select y.key_version, count(*) from signal_youth y
                         where y.key_version in (:inUse)
                           and not exists (select 1 from signal_youth o
                                            where o.region = y.region and o.signal_ref = y.signal_ref
                                              and o.key_version <> y.key_version and o.key_version in (:inUse))
                         group by y.key_version
                        """).param("inUse", inUse).query(rs -> {
            counts.put(rs.getInt(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * Retires the version: refused while a signal holds only it (with the count per region), for the current version,
     * and for a version the hub never had keys of; a version retired before answers its record again.
     */
    @Transactional
    Outcome retire(int keyVersion, String administrator) {
        lockExclusively(RETIREMENTS);
        Optional<Retired> before = find(keyVersion);
        if (before.isPresent()) {
            return new Outcome(before.get(), true);
        }
        if (!keys.versions().contains(keyVersion)) {
            throw HubProblem.UNKNOWN_KEY_VERSION.refused();
        }
        if (keyVersion == keys.current()) {
            throw HubProblem.KEY_VERSION_CURRENT.refused(Map.of("keyVersion", keyVersion));
        }
        // Waits for the reports of this version in flight; later ones wait for this transaction, then are refused.
        lockExclusively(keyVersion);
        Set<Integer> others = inUse();
        others.remove(keyVersion);
        Map<String, Long> onlyOnThis = onlyOn(keyVersion, others);
        if (!onlyOnThis.isEmpty()) {
            long total = onlyOnThis.values().stream().mapToLong(Long::longValue).sum();
            log.warn(
                    "key version retirement refused: administrator={} keyVersion={} signalsOnlyOnVersion={}"
                            + " regions={} outcome=key-version-in-use",
                    administrator,
                    keyVersion,
                    total,
                    onlyOnThis);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("keyVersion", keyVersion);
            properties.put("signalsOnlyOnVersion", total);
            properties.put("signalsOnlyOnVersionPerRegion", onlyOnThis);
            throw HubProblem.KEY_VERSION_IN_USE.refused(properties);
        }
        int parents = jdbc.sql("delete from signal_parent where key_version = :version")
                .param("version", keyVersion)
                .update();
        int youths = jdbc.sql("delete from signal_youth where key_version = :version")
                .param("version", keyVersion)
                .update();
        Retired retired = new Retired(keyVersion, clock.instant(), administrator, youths, parents);
        jdbc.sql("""
                        insert into retired_key_version (key_version, retired_at, retired_by,
                            youth_pseudonyms_deleted, parent_pseudonyms_deleted)
                        values (:version, :at, :by, :youths, :parents)
                        """)
                .param("version", keyVersion)
                .param("at", Timestamp.from(retired.retiredAt()))
                .param("by", administrator)
                .param("youths", youths)
                .param("parents", parents)
                .update();
        log.info(
                "key version retired: administrator={} keyVersion={} youthPseudonymsDeleted={}"
                        + " parentPseudonymsDeleted={} outcome=retired",
                administrator,
                keyVersion,
                youths,
                parents);
        return new Outcome(retired, false);
    }

    /** Per region, its signals that hold a youth pseudonym of the version and of none of {@code others}. */
    private Map<String, Long> onlyOn(int keyVersion, Set<Integer> others) {
        Map<String, Long> perRegion = new TreeMap<>();
        String otherVersions = others.isEmpty() ? "" : """
                   and not exists (select 1 from signal_youth o
                                    where o.region = y.region and o.signal_ref = y.signal_ref
                                      and o.key_version in (:others))
                """;
        var statement = jdbc.sql("select y.region, count(*) from signal_youth y where y.key_version = :version"
                        + otherVersions + " group by y.region")
                .param("version", keyVersion);
        if (!others.isEmpty()) {
            statement = statement.param("others", others);
        }
        statement.query(rs -> {
            perRegion.put(rs.getString(1), rs.getLong(2));
        });
        return perRegion;
    }

    private Optional<Retired> find(int keyVersion) {
        return jdbc.sql("select * from retired_key_version where key_version = :version")
                .param("version", keyVersion)
                .query(KeyVersionRetirement::mapRetired)
                .optional();
    }

    private static Retired mapRetired(ResultSet rs, int row) throws SQLException {
        return new Retired(
                rs.getInt("key_version"),
                rs.getTimestamp("retired_at").toInstant(),
                rs.getString("retired_by"),
                rs.getLong("youth_pseudonyms_deleted"),
                rs.getLong("parent_pseudonyms_deleted"));
    }

    private void lockExclusively(int second) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :second)")
                .param("space", LOCK_SPACE)
                .param("second", second)
                .query((rs, n) -> 1)
                .list();
    }
}
