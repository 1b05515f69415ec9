// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far a key rotation is (docs/adr/0032 step 4): per key version how many signals hold a pseudonym of it, for all
 * regions (logged at start) and per region ({@code GET /v1/region/key-versions}). Counts only, never a pseudonym.
 */
@Repository
class KeyVersionCounts {

    private final JdbcClient jdbc;

    KeyVersionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per key version, the signals of all regions that hold a pseudonym of it. */
    Map<Integer, Long> total() {
        return count("select key_version, count(*) from signal_youth group by key_version", null);
    }

    /** Per key version, the region's signals that hold a pseudonym of it. */
    Map<Integer, Long> ofRegion(String region) {
        return count(
                "select key_version, count(*) from signal_youth where region = :region group by key_version", region);
    }

    /** The region's signals without a pseudonym of the version: what its round (step 3) still has to send. */
    long withoutVersion(String region, int keyVersion) {
        return jdbc.sql("""
                        select count(*) from signal s
                         where s.region = :region
                           and not exists (select 1 from signal_youth y
                                            where y.region = s.region and y.signal_ref = s.signal_ref
                                              and y.key_version = :keyVersion)
                        """)
                .param("region", region)
                .param("keyVersion", keyVersion)
                .query(Long.class)
                .single();
    }

    private Map<Integer, Long> count(String sql, String region) {
        var statement = jdbc.sql(sql);
        if (region != null) {
            statement = statement.param("region", region);
        }
        Map<Integer, Long> counts = new TreeMap<>();
        statement.query(rs -> {
            counts.put(rs.getInt(1), rs.getLong(2));
        });
        return counts;
    }
}
