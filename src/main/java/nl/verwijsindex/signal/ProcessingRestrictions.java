// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST, restriction of processing (AVG art. 18): while a youth is restricted, their signals stay as they are
 * but make no new matches ({@link Signals#matchableOnYouth}). The municipality restricts on a request and lifts it
 * again; owns {@code youth_restriction}.
 */
@Service
@Transactional
public class ProcessingRestrictions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProcessingRestrictions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Restricts the youth on the request; a youth already restricted stays so under the earlier request. */
    public void restrict(YouthId youth, UUID requestId) {
        int restricted = jdbc.sql("""
                        insert into youth_restriction (youth_id, request_id, restricted_at)
                        values (:youth, :request, :now) on conflict (youth_id) do nothing""")
                .param("youth", youth.value())
                .param("request", requestId)
                .param("now", Moments.now(clock))
                .update();
        if (restricted > 0) {
            events.publishEvent(new ProcessingRestrictionChanged(youth, true));
        }
    }

    /** Lifts the restriction the request made; @return whether there was one. */
    public boolean lift(YouthId youth, UUID requestId) {
        boolean lifted = jdbc.sql("delete from youth_restriction where youth_id = :youth and request_id = :request")
                        .param("youth", youth.value())
                        .param("request", requestId)
                        .update()
                > 0;
        if (lifted) {
            events.publishEvent(new ProcessingRestrictionChanged(youth, false));
        }
        return lifted;
    }

    @Transactional(readOnly = true)
    public boolean isRestricted(YouthId youth) {
        return jdbc.sql("select exists (select 1 from youth_restriction where youth_id = :youth)")
                .param("youth", youth.value())
                .query(Boolean.class)
                .single();
    }
}
