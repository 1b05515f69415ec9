// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.internal.Appointer;
import nl.verwijsindex.coordination.internal.CaseMatchStore;
import nl.verwijsindex.coordination.internal.CaseMatchStore.MatchRow;
import nl.verwijsindex.coordination.internal.CaseStore;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * A professional's match cases with their director, deadline and state (R-DIRECTOR, R-DEADLINE, R-VISIBLE: only
 * cases they take part in with an active signal), and the director's hand-over.
 */
@Service
@Transactional
public class MatchCases {

    private final MatchQueries matches;
    private final CaseStore store;
    private final CaseMatchStore matchStore;
    private final Appointer appointer;
    private final Directory directory;
    private final Consultations consultations;
    private final Logbook logbook;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchCases(
            MatchQueries matches,
            CaseStore store,
            CaseMatchStore matchStore,
            Appointer appointer,
            Directory directory,
            Consultations consultations,
            Logbook logbook,
            ApplicationEventPublisher events,
            Clock clock) {
        this.matches = matches;
        this.store = store;
        this.matchStore = matchStore;
        this.appointer = appointer;
        this.directory = directory;
        this.consultations = consultations;
        this.logbook = logbook;
        this.events = events;
        this.clock = clock;
    }

    public List<MatchCaseView> casesOf(OrganisationId organisation, ProfessionalId professional, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        return views(matches.caseIdsOf(professional), organisation, professional, actor);
    }

    /**
     * Issue 16 item 4: how many cases the professional directs that still wait for the consultation (open or
     * overdue). A count names no youth: not logged.
     */
    public long toCoordinate(OrganisationId organisation, ProfessionalId professional) {
        directory.requireProfessionalOf(organisation, professional);
        Map<MatchCaseId, List<Participant>> participants = matches.activeParticipants(matches.caseIdsOf(professional));
        Map<MatchCaseId, CaseRow> cases = store.find(participants.keySet());
        Map<MatchCaseId, List<MatchRow>> caseMatches = matchStore.matchesOf(cases.keySet());
        LocalDate today = LocalDate.now(clock);
        return cases.values().stream()
                .filter(c -> {
                    List<Participant> active = participants.get(c.caseId());
                    CaseState state = stateOf(active.size(), caseMatches.getOrDefault(c.caseId(), List.of()), today);
                    return (state == CaseState.OPEN || state == CaseState.OVERDUE)
                            && active.stream()
                                    .anyMatch(p -> p.signalId().equals(c.directorSignalId())
                                            && p.professionalId().equals(professional));
                })
                .count();
    }

    public MatchCaseView caseOf(
            OrganisationId organisation, ProfessionalId professional, MatchCaseId matchCase, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        return views(List.of(matchCase), organisation, professional, actor).stream()
                .findFirst()
                .orElseThrow(CaseAccess::caseNotFound);
    }

    /** The region of a case, for notices about it (the index's display name); empty when the case is gone. */
    @Transactional(readOnly = true)
    public Optional<String> regionOf(MatchCaseId matchCase) {
        return Optional.ofNullable(store.find(List.of(matchCase)).get(matchCase))
                .map(CaseRow::regionCode);
    }

    /** R-DIRECTOR: the director hands the directorship to another professional in the case; logged (R-LOGBOOK). */
    public MatchCaseView handOver(
            OrganisationId organisation,
            ProfessionalId professional,
            MatchCaseId matchCase,
            ProfessionalId to,
            Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        MatchCaseId caseId = matchCase;
        CaseRow c = store.lock(caseId).orElseThrow(CaseAccess::caseNotFound);
        List<Participant> active = matches.activeParticipants(caseId);
        CaseAccess.requireDirector(appointer, c, active, professional);
        Participant target = active.stream()
                .filter(p -> p.professionalId().equals(to) && !to.equals(professional))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        Kind.INVALID,
                        "not-in-this-match",
                        "Draag de regie over aan een andere professional met een actief signaal in deze match."));
        store.setDirector(caseId, target.signalId(), "HAND_OVER", Moments.now(clock));
        logbook.record(new LogbookEntry(
                Action.DIRECTOR_HANDED_OVER,
                actor,
                professional.value(),
                organisation.value(),
                target.youthIndex(),
                target.signalId().value(),
                caseId.toString()));
        events.publishEvent(new DirectorAppointed(caseId.value(), to, "HAND_OVER"));
        return caseOf(organisation, professional, matchCase, actor);
    }

    private List<MatchCaseView> views(
            List<MatchCaseId> caseIds, OrganisationId organisation, ProfessionalId professional, Actor actor) {
        Map<MatchCaseId, List<Participant>> participants = matches.activeParticipants(caseIds);
        Map<MatchCaseId, CaseRow> cases = store.find(participants.keySet());
        Map<MatchCaseId, List<MatchRow>> caseMatches = matchStore.matchesOf(cases.keySet());
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(participants.values().stream()
                .flatMap(List::stream)
                .map(Participant::professionalId)
                .distinct()
                .toList());
        LocalDate today = LocalDate.now(clock);
        return cases.values().stream()
                .sorted(Comparator.comparing(CaseRow::openedAt).reversed())
                .flatMap(c -> {
                    List<Participant> active = participants.get(c.caseId());
                    Optional<Participant> own = active.stream()
                            .filter(p -> p.professionalId().equals(professional))
                            .findFirst();
                    if (own.isEmpty()) {
                        return Stream.empty();
                    }
                    logbook.record(new LogbookEntry(
                            Action.MATCH_CASES_VIEWED,
                            actor,
                            professional.value(),
                            organisation.value(),
                            own.get().youthIndex(),
                            own.get().signalId().value(),
                            c.caseId().toString()));
                    return Stream.of(view(
                            c, active, caseMatches.getOrDefault(c.caseId(), List.of()), contacts, professional, today));
                })
                .toList();
    }

    private MatchCaseView view(
            CaseRow c,
            List<Participant> active,
            List<MatchRow> caseMatches,
            Map<ProfessionalId, ProfessionalContact> contacts,
            ProfessionalId professional,
            LocalDate today) {
        CaseState state = stateOf(active.size(), caseMatches, today);
        Optional<Participant> director = state == CaseState.CLOSED
                ? Optional.empty()
                : active.stream()
                        .filter(p -> p.signalId().equals(c.directorSignalId()))
                        .findFirst();
        List<ProfessionalContact> others = active.stream()
                .map(Participant::professionalId)
                .distinct()
                .filter(p -> !p.equals(professional))
                .map(contacts::get)
                .filter(Objects::nonNull)
                .toList();
        return new MatchCaseView(
                c.caseId(),
                state,
                deadlineOf(caseMatches),
                director.map(d -> d.professionalId().equals(professional)).orElse(false),
                director.map(d -> contacts.get(d.professionalId())).orElse(null),
                director.isPresent() ? c.directorSince() : null,
                director.isPresent() ? c.directorBasis() : null,
                others,
                consultations.latest(c.caseId()).orElse(null));
    }

    /** R-CONSULTED, R-DEADLINE: closed without two active signals; overdue from the day after a missed deadline. */
    static CaseState stateOf(int activeSignals, List<MatchRow> caseMatches, LocalDate today) {
        if (activeSignals < 2) {
            return CaseState.CLOSED;
        }
        List<MatchRow> open = caseMatches.stream().filter(m -> !m.consulted()).toList();
        if (open.isEmpty()) {
            return caseMatches.isEmpty() ? CaseState.OPEN : CaseState.CONSULTED;
        }
        return open.stream().anyMatch(m -> m.dueOn().isBefore(today)) ? CaseState.OVERDUE : CaseState.OPEN;
    }

    static LocalDate deadlineOf(List<MatchRow> caseMatches) {
        return caseMatches.stream()
                .filter(m -> !m.consulted())
                .map(MatchRow::dueOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
