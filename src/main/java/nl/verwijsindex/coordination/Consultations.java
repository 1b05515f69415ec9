// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.MatchCaseView.ConsultationView;
import nl.verwijsindex.coordination.internal.Appointer;
import nl.verwijsindex.coordination.internal.CaseMatchStore;
import nl.verwijsindex.coordination.internal.CaseMatchStore.MatchRow;
import nl.verwijsindex.coordination.internal.CaseStore;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
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
 * R-CONSULTED: the director ticks off that the professionals consulted, which covers every match of the case not
 * yet consulted; the others confirm. Each is logged (R-LOGBOOK). The time taken is kept in working days, counted
 * like the deadline, for the follow-up figures.
 */
@Service
@Transactional
public class Consultations {

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseMatchStore matchStore;
    private final MatchQueries matches;
    private final Appointer appointer;
    private final RegionSettingsKeeper settings;
    private final Directory directory;
    private final Logbook logbook;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Consultations(
            JdbcClient jdbc,
            CaseStore store,
            CaseMatchStore matchStore,
            MatchQueries matches,
            Appointer appointer,
            RegionSettingsKeeper settings,
            Directory directory,
            Logbook logbook,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.matchStore = matchStore;
        this.matches = matches;
        this.appointer = appointer;
        this.settings = settings;
        this.directory = directory;
        this.logbook = logbook;
        this.clock = clock;
    }

    /** @param outcome the outcome category, or null */
    public void record(
            OrganisationId organisation,
            ProfessionalId professional,
            MatchCaseId matchCase,
            ConsultationOutcome outcome,
            Actor actor) {
        record(organisation, professional, matchCase, outcome == null ? Set.of() : Set.of(outcome), actor);
    }

    /**
     * @param outcomes the outcome categories chosen (multiple choice, table 4.1 of seed 003); empty when none.
     *                 Publishes {@link ConsultationRecorded} in this transaction, for the reports (R-REPORTS).
     */
    public void record(
            OrganisationId organisation,
            ProfessionalId professional,
            MatchCaseId matchCase,
            Set<ConsultationOutcome> outcomes,
            Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        MatchCaseId caseId = matchCase;
        CaseRow c = store.lock(caseId).orElseThrow(CaseAccess::caseNotFound);
        Participant director = CaseAccess.requireDirector(appointer, c, active(caseId), professional);
        List<MatchRow> open = matchStore.matchesOf(caseId).stream()
                .filter(m -> !m.consulted())
                .toList();
        if (open.isEmpty()) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "already-consulted",
                    "De afstemming is al afgevinkt en er is sindsdien geen nieuwe match bijgekomen.");
        }
        OffsetDateTime now = Moments.now(clock);
        LocalDate today = LocalDate.now(clock);
        DutchCalendar calendar = new DutchCalendar(settings.of(c.regionCode()).liberationDay());
        open.forEach(m -> matchStore.markConsulted(m.pairId(), now, calendar.workingDaysBetween(m.matchedOn(), today)));
        jdbc.sql("""
                        insert into consultation (id, match_case_id, recorded_at, director_professional_id, outcomes, matches_consulted)
                        values (:id, :case, :now, :director, :outcomes, :count)""")
                .param("id", UUID.randomUUID())
                .param("case", caseId.value())
                .param("now", now)
                .param("director", professional.value())
                .param("outcomes", sorted(outcomes).stream().map(Enum::name).toArray(String[]::new))
                .param("count", open.size())
                .update();
        events.publishEvent(new ConsultationRecorded(
                c.regionCode(),
                c.municipalityCode(),
                organisation,
                today,
                matchStore.recorded(open.stream().map(MatchRow::pairId).toList()),
                outcomes));
        logbook.record(new LogbookEntry(
                Action.CONSULTATION_RECORDED,
                actor,
                professional.value(),
                organisation.value(),
                director.youthIndex(),
                director.signalId().value(),
                caseId.toString()));
    }

    /** Another professional in the case confirms the latest consultation. */
    public void confirm(OrganisationId organisation, ProfessionalId professional, MatchCaseId matchCase, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        MatchCaseId caseId = matchCase;
        CaseRow c = store.lock(caseId).orElseThrow(CaseAccess::caseNotFound);
        Participant own = CaseAccess.requireParticipant(active(caseId), professional);
        Latest latest = latestRecord(caseId)
                .orElseThrow(() -> new DomainException(
                        Kind.CONFLICT, "no-consultation", "De matchregisseur heeft de afstemming nog niet afgevinkt."));
        if (latest.directorProfessionalId().equals(professional.value())) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "recorded-by-you",
                    "U heeft de afstemming zelf afgevinkt; de andere professionals bevestigen.");
        }
        jdbc.sql("""
                        insert into consultation_confirmation (consultation_id, professional_id, confirmed_at)
                        values (:consultation, :professional, :now) on conflict do nothing""")
                .param("consultation", latest.id())
                .param("professional", professional.value())
                .param("now", Moments.now(clock))
                .update();
        logbook.record(new LogbookEntry(
                Action.CONSULTATION_CONFIRMED,
                actor,
                professional.value(),
                organisation.value(),
                own.youthIndex(),
                own.signalId().value(),
                c.caseId().toString()));
    }

    /** The latest consultation of the case, with who confirmed it. */
    @Transactional(readOnly = true)
    public Optional<ConsultationView> latest(MatchCaseId matchCase) {
        return latestRecord(matchCase)
                .map(l -> new ConsultationView(
                        l.recordedAt(),
                        l.outcomes(),
                        jdbc
                                .sql(
                                        "select professional_id from consultation_confirmation where consultation_id = :id order by confirmed_at")
                                .param("id", l.id())
                                .query(UUID.class)
                                .list()
                                .stream()
                                .map(UUID::toString)
                                .toList()));
    }

    private Optional<Latest> latestRecord(MatchCaseId caseId) {
        return jdbc.sql("""
                        select id, recorded_at, director_professional_id, outcomes from consultation
                        where match_case_id = :case order by recorded_at desc limit 1""")
                .param("case", caseId.value())
                .query((rs, n) -> new Latest(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getObject("director_professional_id", UUID.class),
                        sorted(Arrays.stream((String[]) rs.getArray("outcomes").getArray())
                                .map(ConsultationOutcome::valueOf)
                                .toList())))
                .optional();
    }

    private List<Participant> active(MatchCaseId caseId) {
        return matches.activeParticipants(caseId);
    }

    private record Latest(
            UUID id, OffsetDateTime recordedAt, UUID directorProfessionalId, List<ConsultationOutcome> outcomes) {}

    /** In the order of table 4.1. */
    private static List<ConsultationOutcome> sorted(Collection<ConsultationOutcome> outcomes) {
        return outcomes.stream().sorted().toList();
    }
}
