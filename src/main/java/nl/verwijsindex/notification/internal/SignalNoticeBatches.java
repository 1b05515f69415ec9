// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchQueries.PairRecipients;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;

/**
 * Notices about many signals or pairs at once, for a batch of the nightly sweep or the pairs of one match event
 * (issue 18): one insert instead of one a notice, with the same once-only rules as {@link NoticeStore}.
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

    /**
     * R-NOTICE: one notice per pair and professional with an active signal in it, for all pairs of one event in
     * one statement; nothing for a pair and professional that already have one. @return those made now
     */
    List<NoticeId> addAboutPairs(List<PairRecipients> pairs) {
        List<UUID> professionals = new ArrayList<>();
        List<UUID> pairIds = new ArrayList<>();
        for (PairRecipients pair : pairs) {
            for (PairRecipients.Recipient recipient : pair.recipients()) {
                professionals.add(recipient.professionalId().value());
                pairIds.add(pair.pairId().value());
            }
        }
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into notice (id, professional_id, kind, match_pair_id, created_at, mail_state,
                                            mail_next_attempt_at)
                        select n.id, n.professional_id, :kind, n.match_pair_id, :now, 'QUEUED', :now
                        from unnest(:ids, :professionals, :pairs) as n(id, professional_id, match_pair_id)
                        on conflict (match_pair_id, professional_id) do nothing
                        returning id""")
                .param("kind", NoticeKind.MATCH.name())
                .param("now", Moments.now(clock))
                .param("ids", pairIds.stream().map(p -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("professionals", professionals.toArray(UUID[]::new))
                .param("pairs", pairIds.toArray(UUID[]::new))
                .query(NoticeStore::noticeId)
                .list();
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
