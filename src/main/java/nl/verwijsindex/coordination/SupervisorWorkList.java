// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.SupervisorId;
import nl.verwijsindex.coordination.internal.CaseMatchStore;
import nl.verwijsindex.coordination.internal.CaseStore;
import nl.verwijsindex.coordination.internal.CaseStore.CaseRow;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
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
 * R-SUPERVISE, R-VISIBLE: the municipal supervisor's work list, only of their own municipality and only what the
 * task needs: match cases not consulted by their deadline, and escalated cases not yet followed up since, with
 * the director's contact details. Nothing about the youth. The supervisor records that they followed up.
 */
@Service
@Transactional
public class SupervisorWorkList {

    private static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseMatchStore matchStore;
    private final MatchQueries matches;
    private final Directory directory;
    private final Logbook logbook;
    private final Clock clock;
    private final RegionSettingsKeeper settings;

    SupervisorWorkList(
            JdbcClient jdbc,
            CaseStore store,
            CaseMatchStore matchStore,
            MatchQueries matches,
            Directory directory,
            Logbook logbook,
            Clock clock,
            RegionSettingsKeeper settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.store = store;
        this.matchStore = matchStore;
        this.matches = matches;
        this.directory = directory;
        this.logbook = logbook;
        this.clock = clock;
    }

    public List<WorkItem> of(MunicipalSupervisorPrincipal supervisor) {
        return of(supervisor.municipalityCode(), actor(supervisor));
    }

    /**
     * The work list of one municipality for whoever acts as its supervisor: the API credential above, or a web
     * account of the municipal supervisor role (ADR 0014), whose municipality comes from the account.
     */
    public List<WorkItem> of(String municipalityCode, Actor actor) {
        List<WorkItem> items = items(municipalityCode, null);
        logbook.record(
                new LogbookEntry(Action.SUPERVISOR_WORK_LIST_VIEWED, actor, null, null, null, null, municipalityCode));
        return items;
    }

    /** One case of the municipality's work list; a case of another municipality, or not on the list, is not found. */
    public WorkItem item(String municipalityCode, MatchCaseId matchCase, Actor actor) {
        MatchCaseId caseId = matchCase;
        WorkItem item = items(municipalityCode, caseId).stream().findFirst().orElseThrow(SupervisorWorkList::notOnList);
        logbook.record(
                new LogbookEntry(Action.SUPERVISOR_WORK_LIST_VIEWED, actor, null, null, null, null, caseId.toString()));
        return item;
    }

    /**
     * Issue 16: the case of a match by its stable number ({@code M-12}), as the supervisor's pages address it; a
     * number no case has is not found. Whether it is on the supervisor's list is checked where it is used.
     */
    public MatchCaseId caseOfReference(long reference) {
        return jdbc.sql("select match_case_id from coordination_case where reference = :reference")
                .param("reference", reference)
                .query(UUID.class)
                .optional()
                .map(MatchCaseId::new)
                .orElseThrow(SupervisorWorkList::notOnList);
    }

    /**
     * Records that the supervisor followed the case up; a case not on their list is not found. An escalated case
     * that was consulted (late) then leaves the list; one still overdue stays.
     */
    public WorkItem followUp(MunicipalSupervisorPrincipal supervisor, MatchCaseId matchCase) {
        return followUp(supervisor.municipalityCode(), supervisor.supervisorId(), matchCase, actor(supervisor));
    }

    /** As {@link #followUp(MunicipalSupervisorPrincipal, MatchCaseId)}, by a web account; the actor is kept as who did it. */
    public WorkItem followUp(String municipalityCode, MatchCaseId matchCase, Actor actor) {
        return followUp(municipalityCode, null, matchCase, actor);
    }

    private WorkItem followUp(String municipalityCode, SupervisorId supervisorId, MatchCaseId caseId, Actor actor) {
        store.lock(caseId)
                .filter(c -> municipalityCode.equals(c.municipalityCode()))
                .orElseThrow(SupervisorWorkList::notOnList);
        WorkItem item = items(municipalityCode, caseId).stream().findFirst().orElseThrow(SupervisorWorkList::notOnList);
        OffsetDateTime now = Moments.now(clock);
        jdbc.sql("""
                        insert into supervisor_follow_up (id, match_case_id, supervisor_id, recorded_by, recorded_at)
                        values (:id, :case, :supervisor, :by, :now)""")
                .param("id", UUID.randomUUID())
                .param("case", caseId.value())
                .param("supervisor", supervisorId == null ? null : supervisorId.value())
                .param("by", actor.id())
                .param("now", now)
                .update();
        logbook.record(
                new LogbookEntry(Action.SUPERVISOR_FOLLOWED_UP, actor, null, null, null, null, caseId.toString()));
        return new WorkItem(
                item.matchCaseId(),
                item.reference(),
                item.workingDaysLate(),
                item.state(),
                item.missedDeadline(),
                item.escalatedAt(),
                item.professionalsInvolved(),
                item.director(),
                now);
    }

    /** Overdue cases, and escalated cases whose last escalation was not yet followed up, of one municipality. */
    private List<WorkItem> items(String municipality, MatchCaseId onlyCase) {
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = jdbc.sql("""
                        select cm.match_case_id, cc.reference, cc.region_code, min(cm.due_on) filter (where cm.consulted_at is null and cm.due_on < :today) as missed_deadline,
                               max(cm.escalated_at) as escalated_at,
                               (select max(f.recorded_at) from supervisor_follow_up f where f.match_case_id = cm.match_case_id)
                                   as followed_up_at
                        from coordination_case cc join coordination_match cm on cm.match_case_id = cc.match_case_id
                        where cc.municipality_code = :municipality and (cast(:case as uuid) is null or cc.match_case_id = :case)
                        group by cm.match_case_id, cc.reference, cc.region_code
                        having bool_or(cm.consulted_at is null and cm.due_on < :today)
                            or max(cm.escalated_at) > coalesce((select max(f.recorded_at) from supervisor_follow_up f
                                                                where f.match_case_id = cm.match_case_id), '-infinity')
                        order by missed_deadline nulls last, escalated_at
                        limit :limit""")
                .param("municipality", municipality)
                .param("case", onlyCase == null ? null : onlyCase.value())
                .param("today", today)
                .param("limit", LIMIT)
                .query((rs, n) -> new Row(
                        new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
                        rs.getLong("reference"),
                        rs.getString("region_code"),
                        rs.getObject("missed_deadline", LocalDate.class),
                        rs.getObject("escalated_at", OffsetDateTime.class),
                        rs.getObject("followed_up_at", OffsetDateTime.class)))
                .list();
        List<MatchCaseId> ids = rows.stream().map(Row::caseId).toList();
        Map<MatchCaseId, List<Participant>> participants = matches.activeParticipants(ids);
        Map<MatchCaseId, CaseRow> cases = store.find(ids);
        Map<MatchCaseId, List<CaseMatchStore.MatchRow>> caseMatches = matchStore.matchesOf(ids);
        Map<String, DutchCalendar> calendars = new HashMap<>();
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(participants.values().stream()
                .flatMap(List::stream)
                .map(Participant::professionalId)
                .distinct()
                .toList());
        return rows.stream()
                .map(row -> {
                    List<Participant> active = participants.getOrDefault(row.caseId(), List.of());
                    if (active.size() < 2) {
                        return null; // closed: nothing left to coordinate
                    }
                    Optional<ProfessionalContact> director = active.stream()
                            .filter(p ->
                                    p.signalId().equals(cases.get(row.caseId()).directorSignalId()))
                            .findFirst()
                            .map(p -> contacts.get(p.professionalId()));
                    return new WorkItem(
                            row.caseId(),
                            row.reference(),
                            row.missedDeadline() == null
                                    ? 0
                                    : calendars
                                            .computeIfAbsent(
                                                    row.regionCode(),
                                                    r -> new DutchCalendar(
                                                            settings.of(r).liberationDay()))
                                            .workingDaysBetween(row.missedDeadline(), today),
                            MatchCases.stateOf(active.size(), caseMatches.getOrDefault(row.caseId(), List.of()), today),
                            row.missedDeadline(),
                            row.escalatedAt(),
                            (int) active.stream()
                                    .map(Participant::professionalId)
                                    .distinct()
                                    .count(),
                            director.orElse(null),
                            row.followedUpAt());
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private static Actor actor(MunicipalSupervisorPrincipal supervisor) {
        return new Actor(Actor.Type.USER, supervisor.actorId());
    }

    private static DomainException notOnList() {
        return new DomainException(
                Kind.NOT_FOUND, "match-case-not-found", "Deze match staat niet op de werklijst van uw gemeente.");
    }

    private record Row(
            MatchCaseId caseId,
            long reference,
            String regionCode,
            LocalDate missedDeadline,
            OffsetDateTime escalatedAt,
            OffsetDateTime followedUpAt) {}

    /**
     * One match case that needs the supervisor's attention.
     *
     * @param reference       the case's short number that stays the same, for people (issue 16 item 8)
     * @param workingDaysLate working days since the missed deadline on the region's Dutch calendar; 0 without one
     * @param missedDeadline  the earliest deadline passed without consultation; null when it was consulted late
     * @param director        contact details of the director, who is the one to call
     * @param followedUpAt    when a supervisor last recorded a follow-up, or null
     */
    public record WorkItem(
            MatchCaseId matchCaseId,
            long reference,
            int workingDaysLate,
            CaseState state,
            LocalDate missedDeadline,
            OffsetDateTime escalatedAt,
            int professionalsInvolved,
            ProfessionalContact director,
            OffsetDateTime followedUpAt) {}
}
