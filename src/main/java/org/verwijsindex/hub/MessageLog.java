// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code seen_message}: the message ids applied per region, so that a region's outbox may send a message
 * again and nothing changes (docs/adr/0033). Forgotten after {@code verwijsindex.hub.message-retention}; an older
 * state arriving after that is still ignored by its sequence.
 */
@Repository
class MessageLog {

    private final JdbcClient jdbc;

    MessageLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Notes the message as applied. @return false when it was applied before (a concurrent first attempt holds the row
     * until it commits, so two copies never both see true)
     */
    boolean firstTime(String region, UUID messageId, Instant now) {
        return jdbc.sql("""
                                insert into seen_message (region, message_id, seen_at) values (:region, :id, :now)
                                on conflict do nothing
                                """)
                        .param("region", region)
                        .param("id", messageId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void forgetBefore(Instant cutoff) {
        jdbc.sql("delete from seen_message where seen_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
