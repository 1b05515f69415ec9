// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.shared.Moments;

/**
 * Removes entries older than the logbook's retention period (default 5 years, ADR 0021) through the database
 * function {@code logbook_delete_before} (V31, per chain since V77, ADR 0047), the only way entries can go: it removes
 * the oldest part of each chain only, so what is kept of every chain still verifies from its oldest entry.
 */
@Component
public class LogbookRetention {

    private static final Logger log = LoggerFactory.getLogger(LogbookRetention.class);

    private final JdbcClient jdbc;
    private final LogbookProperties properties;
    private final Clock clock;

    LogbookRetention(JdbcClient jdbc, LogbookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Removes what is past the retention period; how many entries went. */
    @Transactional
    public long removeExpired() {
        return removeBefore(Moments.now(clock).minus(properties.retention()));
    }

    @Transactional
    public long removeBefore(OffsetDateTime cutoff) {
        Long removed = jdbc.sql("select logbook_delete_before(:cutoff)")
                .param("cutoff", cutoff)
                .query(Long.class)
                .single();
        if (removed != null && removed > 0) {
            log.info("logbook retention removed {} entries from before {}", removed, cutoff);
        }
        return removed == null ? 0 : removed;
    }
}
