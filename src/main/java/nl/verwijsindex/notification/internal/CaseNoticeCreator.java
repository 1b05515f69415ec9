// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.coordination.CaseMovedToMunicipality;
import nl.verwijsindex.coordination.ConsultationOverdue;
import nl.verwijsindex.coordination.ConsultationReminderDue;
import nl.verwijsindex.coordination.DirectorAppointed;
import nl.verwijsindex.coordination.NewMatchToSupervise;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;

/**
 * Notices about a match case (coordination): to a professional who became director by hand-over or
 * re-appointment (R-DIRECTOR), to the director a working day before the deadline (R-DEADLINE), and to the
 * supervisors of the case's municipality when the deadline passed (R-SUPERVISE). Through the event
 * publication registry; at most one per case, kind, recipient and date, and none for a case that is gone. The
 * supervisors' notices of new matches are made with the match's ({@link NoticeCreator}, docs/adr/0058).
 */
@Component
class CaseNoticeCreator {

    private final NoticeStore store;
    private final MunicipalSupervisors supervisors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseNoticeCreator(
            NoticeStore store, MunicipalSupervisors supervisors, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.supervisors = supervisors;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DirectorAppointed appointed) {
        queue(store
                .addAboutCase(
                        appointed.director(),
                        NoticeKind.DIRECTOR_APPOINTED,
                        appointed.matchCase(),
                        LocalDate.now(clock))
                .stream()
                .toList());
    }

    @ApplicationModuleListener
    void on(ConsultationReminderDue due) {
        queue(
                store
                        .addAboutCase(due.director(), NoticeKind.CONSULTATION_REMINDER, due.matchCase(), due.dueOn())
                        .stream()
                        .toList());
    }

    /** R-SUPERVISE: every current supervisor of the case's municipality hears that a deadline passed. */
    @ApplicationModuleListener
    void on(ConsultationOverdue overdue) {
        toSupervisors(
                overdue.municipalityCode(), NoticeKind.CONSULTATION_OVERDUE, overdue.matchCase(), overdue.dueOn());
    }

    /**
     * R-NOTICE: every current supervisor of the case's municipality hears of its new matches (once a day). Since
     * docs/adr/0058 with the match's notices ({@link NoticeCreator}); this handles what an earlier version left
     * incomplete in the registry.
     */
    @ApplicationModuleListener
    void on(NewMatchToSupervise match) {
        toSupervisors(match.municipalityCode(), NoticeKind.NEW_MATCH, match.matchCase(), match.matchedOn());
    }

    /**
     * R-SUPERVISE: the case moved to the youth's municipality; the supervisors of the municipality it left and of
     * the one it moved to are told.
     */
    @ApplicationModuleListener
    void on(CaseMovedToMunicipality moved) {
        MatchCaseId matchCase = moved.matchCase();
        if (moved.fromMunicipality() != null) {
            toSupervisors(moved.fromMunicipality(), NoticeKind.CASE_MOVED_OUT, matchCase, moved.movedOn());
        }
        toSupervisors(moved.toMunicipality(), NoticeKind.CASE_MOVED_IN, matchCase, moved.movedOn());
    }

    private void toSupervisors(String municipalityCode, NoticeKind kind, MatchCaseId matchCase, LocalDate aboutDate) {
        queue(supervisors.of(municipalityCode).stream()
                .flatMap(supervisor ->
                        store.addAboutCaseForSupervisor(supervisor.id(), kind, matchCase, aboutDate).stream())
                .toList());
    }

    private void queue(List<NoticeId> created) {
        if (!created.isEmpty()) {
            events.publishEvent(new NoticesQueued(created));
        }
    }
}
