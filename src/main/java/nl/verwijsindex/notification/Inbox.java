// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.matching.MatchPairId;
import nl.verwijsindex.notification.internal.NoticeStore;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** The in-app inbox of a professional or a municipal supervisor. Every look is written to the logbook. */
@Service
@Transactional
public class Inbox {

    private final NoticeStore store;
    private final Directory directory;
    private final Logbook logbook;

    Inbox(NoticeStore store, Directory directory, Logbook logbook) {
        this.store = store;
        this.directory = directory;
        this.logbook = logbook;
    }

    /**
     * How many of the professional's notices are unread, for the menu. A number only: no notice is shown, so it is
     * no look at a youth and is not written to the logbook.
     */
    @Transactional(readOnly = true)
    public int unreadCount(ProfessionalId professional) {
        return store.unreadOfProfessional(professional);
    }

    /**
     * Issue 16: the matches whose notice the professional has not read yet, to show them first and count them on
     * the start page. Ids only, no look at a youth: not logged.
     */
    @Transactional(readOnly = true)
    public Set<MatchPairId> unreadMatches(ProfessionalId professional) {
        return store.unreadMatchPairsOfProfessional(professional).stream()
                .map(MatchPairId::new)
                .collect(Collectors.toSet());
    }

    /**
     * R-NATIONAL: the cross-region matches and archive hits (their hub delivery ids) whose notice the professional has
     * not read yet, marked and counted as a local unread match is. Ids only: not logged.
     */
    @Transactional(readOnly = true)
    public Set<Long> unreadCrossRegionMatches(ProfessionalId professional) {
        return Set.copyOf(store.unreadNationalDeliveriesOfProfessional(professional));
    }

    public List<NoticeView> of(
            OrganisationId organisation, ProfessionalId professional, boolean unreadOnly, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        List<NoticeView> notices = store.ofProfessional(professional, unreadOnly);
        logbook.record(new LogbookEntry(
                Action.INBOX_VIEWED,
                actor,
                professional.value(),
                organisation.value(),
                null,
                null,
                Integer.toString(notices.size())));
        return notices;
    }

    /** A municipal supervisor's inbox: the escalations of their municipality's match cases. */
    public List<NoticeView> ofSupervisor(MunicipalSupervisorPrincipal supervisor, boolean unreadOnly) {
        List<NoticeView> notices = store.ofSupervisor(supervisor.supervisorId(), unreadOnly);
        logbook.record(new LogbookEntry(
                Action.INBOX_VIEWED,
                new Actor(Actor.Type.USER, supervisor.actorId()),
                null,
                null,
                null,
                null,
                Integer.toString(notices.size())));
        return notices;
    }

    public void markReadBySupervisor(MunicipalSupervisorPrincipal supervisor, NoticeId notice) {
        if (!store.markReadBySupervisor(notice, supervisor.supervisorId())) {
            throw notFound();
        }
    }

    public void markRead(OrganisationId organisation, ProfessionalId professional, NoticeId notice) {
        directory.requireProfessionalOf(organisation, professional);
        if (!store.markReadByProfessional(notice, professional)) {
            throw notFound();
        }
    }

    private static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "notice-not-found", "Dit bericht bestaat niet of is niet voor u.");
    }
}
