// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/**
 * Notices about many signals at once, for a batch of the nightly sweep (issue 18): one insert instead of one a
 * signal, with the same once-per-date rule as {@link NoticeStore}.
 */
@Component
class SignalNoticeBatches {

    /** A notice about one signal for its professional. */
    record SignalNotice(ProfessionalId professional, SignalId signal, LocalDate aboutDate) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SignalNoticeBatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One notice of this kind per signal, each for its professional, in one statement; @return those made now */
    List<NoticeId> addAboutSignals(NoticeKind kind, List<SignalNotice> notices) {
        if (notices.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into notice (id, professional_id, kind, signal_id, about_date, created_at, mail_state,
                                            mail_next_attempt_at)
                        select n.id, n.professional_id, :kind, n.signal_id, n.about_date, :now, 'QUEUED', :now
                        from unnest(:ids, :professionals, :signals, cast(:dates as date[])) as n(id, professional_id, signal_id, about_date)
                        on conflict (signal_id, kind, professional_id, about_date) where signal_id is not null do nothing
                        returning id""")
                .param("kind", kind.name())
                .param("now", Moments.now(clock))
                .param("ids", notices.stream().map(n -> UUID.randomUUID()).toArray(UUID[]::new))
                .param(
                        "professionals",
                        notices.stream().map(n -> n.professional().value()).toArray(UUID[]::new))
                .param("signals", notices.stream().map(n -> n.signal().value()).toArray(UUID[]::new))
                .param(
                        "dates",
                        notices.stream().map(n -> n.aboutDate().toString()).toArray(String[]::new))
                .query(NoticeStore::noticeId)
                .list();
    }
}
