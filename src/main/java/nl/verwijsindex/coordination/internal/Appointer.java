// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.DirectorAppointed;
import nl.verwijsindex.coordination.DirectorRules;
import nl.verwijsindex.coordination.DirectorRules.Appointment;
import nl.verwijsindex.coordination.DirectorRules.Candidate;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.OrganisationCategory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.Moments;

/**
 * R-DIRECTOR: appoints a director by the region's rules when a case has none, or when its director's signal is
 * no longer active. A director once appointed stays when others join; only a hand-over or the end of their
 * signal changes it.
 */
@Component
public class Appointer {

    private final Directory directory;
    private final RegionSettingsKeeper settings;
    private final CaseStore store;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appointer(
            Directory directory,
            RegionSettingsKeeper settings,
            CaseStore store,
            Logbook logbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directory = directory;
        this.settings = settings;
        this.store = store;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Call with the case locked and its active signals read in the same transaction. A new director who replaces
     * one whose signal ended is told ({@link DirectorAppointed}), except when a new match brings the change: then
     * everyone in it hears of the match already.
     *
     * @return the director's signal, empty when fewer than two signals are active (the case is closed)
     */
    public Optional<Participant> ensureDirector(CaseRow c, List<Participant> active) {
        return ensureDirector(c, active, true);
    }

    /** @param announce whether a replacement director is told */
    public Optional<Participant> ensureDirector(CaseRow c, List<Participant> active, boolean announce) {
        return ensureDirector(c, active, announce, null);
    }

    /**
     * The same with the categories of the signals' organisations read already (issue 18: a batch of an import reads
     * them once for all its cases); {@code null} reads them here when they are needed.
     */
    public Optional<Participant> ensureDirector(
            CaseRow c,
            List<Participant> active,
            boolean announce,
            Map<OrganisationId, OrganisationCategory> knownCategories) {
        if (active.size() < 2) {
            return Optional.empty();
        }
        Optional<Participant> current = active.stream()
                .filter(p -> p.signalId().equals(c.directorSignalId()))
                .findFirst();
        if (current.isPresent()) {
            return current;
        }
        Map<OrganisationId, OrganisationCategory> categories = knownCategories != null
                ? knownCategories
                : directory.categoriesOf(
                        active.stream().map(Participant::organisationId).toList());
        List<Candidate> candidates = active.stream()
                .map(p -> {
                    OrganisationCategory category = categories.get(p.organisationId());
                    return new Candidate(
                            p.signalId().value(),
                            p.professionalId().value(),
                            p.organisationId().value(),
                            category == null ? null : category.code(),
                            category == null ? null : category.domain().name(),
                            p.registeredAt());
                })
                .toList();
        Appointment appointment =
                DirectorRules.of(settings.of(c.regionCode()).directorRules()).appoint(candidates);
        Participant director = active.stream()
                .filter(p -> p.signalId().value().equals(appointment.director().signalId()))
                .findFirst()
                .orElseThrow();
        appoint(c, director, appointment.decidedBy());
        if (announce && c.directorSignalId() != null) {
            events.publishEvent(
                    new DirectorAppointed(c.caseId().value(), director.professionalId(), appointment.decidedBy()));
        }
        return Optional.of(director);
    }

    /** Makes {@code director} the case's director on {@code basis} (a rule, or how else it was decided), logged. */
    public void appoint(CaseRow c, Participant director, String basis) {
        store.setDirector(c.caseId(), director.signalId(), basis, Moments.now(clock));
        logbook.record(new LogbookEntry(
                Action.DIRECTOR_APPOINTED,
                Actor.SYSTEM,
                director.professionalId().value(),
                director.organisationId().value(),
                director.youthIndex(),
                director.signalId().value(),
                c.caseId().toString()));
    }
}
