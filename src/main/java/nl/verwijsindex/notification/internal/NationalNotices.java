// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.national.CrossRegionMatchReceived;
import nl.verwijsindex.national.YouthMovedInFromOtherRegion;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.shared.Moments;

/**
 * R-NATIONAL: what the hub delivered becomes a notice, as a local match does (R-NOTICE, R-MAIL-EMPTY): to the
 * professional of the own signal for a cross-region match or archive hit, to the supervisors of the municipality a
 * youth moved into from another region (R-MOVE). Plain synchronous listeners, in the transaction that stores the
 * delivery, so the delivery and its notices stand or fall together and are made once; the e-mail follows the commit
 * ({@link NoticesQueued}).
 */
@Component
class NationalNotices {

    private final JdbcClient jdbc;
    private final MunicipalSupervisors supervisors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NationalNotices(JdbcClient jdbc, MunicipalSupervisors supervisors, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.supervisors = supervisors;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CrossRegionMatchReceived received) {
        NoticeKind kind = switch (received.kind()) {
            case YOUTH_MATCH -> NoticeKind.NATIONAL_YOUTH_MATCH;
            case FAMILY_MATCH -> NoticeKind.NATIONAL_FAMILY_MATCH;
            case ARCHIVE_HIT -> NoticeKind.NATIONAL_ARCHIVE_HIT;
        };
        jdbc.sql("""
                        insert into notice (id, professional_id, kind, signal_id, national_delivery_id, created_at,
                                            mail_state, mail_next_attempt_at)
                        values (:id, :professional, :kind, :signal, :delivery, :now, 'QUEUED', :now)
                        on conflict (national_delivery_id, coalesce(professional_id, supervisor_id))
                            where national_delivery_id is not null do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("professional", received.professionalId().value())
                .param("kind", kind.name())
                .param("signal", received.signalId().value())
                .param("delivery", received.deliveryId())
                .param("now", Moments.now(clock))
                .query(NoticeStore::noticeId)
                .optional()
                .ifPresent(notice -> queue(List.of(notice)));
    }

    @EventListener
    void on(YouthMovedInFromOtherRegion moved) {
        List<NoticeId> created = new ArrayList<>();
        for (var supervisor : supervisors.of(moved.municipalityCode())) {
            toSupervisor(supervisor.id(), moved).ifPresent(created::add);
        }
        queue(created);
    }

    private Optional<NoticeId> toSupervisor(SupervisorId supervisor, YouthMovedInFromOtherRegion moved) {
        return jdbc.sql("""
                        insert into notice (id, supervisor_id, kind, region_code, national_delivery_id, created_at,
                                            mail_state, mail_next_attempt_at)
                        values (:id, :supervisor, :kind, :region, :delivery, :now, 'QUEUED', :now)
                        on conflict (national_delivery_id, coalesce(professional_id, supervisor_id))
                            where national_delivery_id is not null do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("supervisor", supervisor.value())
                .param("kind", NoticeKind.NATIONAL_MOVED_IN.name())
                .param("region", moved.regionCode())
                .param("delivery", moved.deliveryId())
                .param("now", Moments.now(clock))
                .query(NoticeStore::noticeId)
                .optional();
    }

    private void queue(List<NoticeId> created) {
        if (!created.isEmpty()) {
            events.publishEvent(new NoticesQueued(List.copyOf(created)));
        }
    }
}
