// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.coordination.Consultations;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.coordination.SupervisorWorkList;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeView;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.standalone.HistoryPlan.HistoryProfessional;
import nl.verwijsindex.standalone.HistoryPlan.PlannedMatch;

/**
 * What the people of the demo history do, each through the module that owns it, at the moment the
 * {@link HistoryTimeline} shows: professionals signal, the director consults, the other confirms or ends their
 * signal, the supervisor follows an escalated case up, and everyone reads their notices.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
class HistorySteps {

    private static final Logger log = LoggerFactory.getLogger(HistorySteps.class);
    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private final SignalRegistration registration;
    private final SignalEnding ending;
    private final MatchQueries matches;
    private final MatchCases cases;
    private final Consultations consultations;
    private final SupervisorWorkList workList;
    private final Inbox inbox;
    private final HistoryTimeline timeline;
    private final JdbcClient jdbc;

    HistorySteps(
            SignalRegistration registration,
            SignalEnding ending,
            MatchQueries matches,
            MatchCases cases,
            Consultations consultations,
            SupervisorWorkList workList,
            Inbox inbox,
            HistoryTimeline timeline,
            JdbcClient jdbc) {
        this.registration = registration;
        this.ending = ending;
        this.matches = matches;
        this.cases = cases;
        this.consultations = consultations;
        this.workList = workList;
        this.inbox = inbox;
        this.timeline = timeline;
        this.jdbc = jdbc;
    }

    UUID signal(HistoryProfessional p, PlannedMatch m) {
        UUID signal = registration
                .register(new RegisterSignal(
                        p.organisationId(),
                        p.professionalId(),
                        m.youth(),
                        m.born(),
                        true,
                        p.region(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal()
                .id()
                .value();
        timeline.awaitEvents(AT_MOST);
        return signal;
    }

    /**
     * The second signal made a match, which the coordination module has taken up by now: the case it is in and who
     * directs it. The case's municipality is then set as the person register tells it ({@link HistoryResidents}):
     * the one write into another module's table left, because the person check runs from its queue, maybe after the
     * moment of the history has passed, and no API sets a case's municipality.
     */
    void takeUp(HistoryMatch m) {
        Map<MatchCaseId, List<Participant>> active =
                matches.activeParticipants(matches.caseIdsOf(m.plan.b().professionalId()));
        m.caseId = active.entrySet().stream()
                .filter(e ->
                        e.getValue().stream().anyMatch(p -> p.signalId().value().equals(m.signalB)))
                .map(e -> e.getKey().value())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the history's match made no case"));
        m.aDirects = !cases.caseOf(
                        m.plan.b().organisationId(), m.plan.b().professionalId(), m.matchCase(), Actor.SYSTEM)
                .youDirect();
        jdbc.sql("""
                        update coordination_case set municipality_code = :municipality, municipality_basis = 'PERSON_REGISTER'
                        where match_case_id = :case and municipality_code is distinct from :municipality""")
                .param("municipality", m.plan.municipalityCode())
                .param("case", m.caseId)
                .update();
    }

    void awaitEscalation(HistoryMatch m) {
        if (!timeline.awaitEscalation(m.caseId, m.dueOn, AT_MOST)) {
            log.warn("Demo history: db-scheduler did not escalate a case on its day within {}", AT_MOST);
        }
    }

    void consult(HistoryMatch m) {
        consultations.record(
                m.director().organisationId(),
                m.director().professionalId(),
                m.matchCase(),
                m.plan.outcome(),
                Actor.SYSTEM);
        timeline.awaitEvents(AT_MOST);
    }

    void confirm(HistoryMatch m) {
        consultations.confirm(m.other().organisationId(), m.other().professionalId(), m.matchCase(), Actor.SYSTEM);
        timeline.awaitEvents(AT_MOST);
    }

    void end(HistoryMatch m) {
        ending.end(
                m.other().organisationId(),
                m.other().professionalId(),
                new SignalId(m.otherSignal()),
                EndReason.RISK_GONE,
                Actor.SYSTEM);
        timeline.awaitEvents(AT_MOST);
    }

    void followUp(HistoryMatch m) {
        workList.followUp(supervisorOf(m.plan.municipalityCode()), m.matchCase());
    }

    /** Both professionals and the case's supervisor open their notices, and so read what came in. */
    void readNotices(HistoryMatch m) {
        for (HistoryProfessional p : List.of(m.plan.a(), m.plan.b())) {
            for (NoticeView notice : inbox.of(p.organisationId(), p.professionalId(), true, Actor.SYSTEM)) {
                inbox.markRead(p.organisationId(), p.professionalId(), notice.id());
            }
        }
        MunicipalSupervisorPrincipal supervisor = supervisorOf(m.plan.municipalityCode());
        for (NoticeView notice : inbox.ofSupervisor(supervisor, true)) {
            inbox.markReadBySupervisor(supervisor, notice.id());
        }
    }

    private static MunicipalSupervisorPrincipal supervisorOf(String municipality) {
        DemoCast.DemoSupervisor s = DemoCast.SUPERVISORS.stream()
                .filter(d -> d.municipalityCode().equals(municipality))
                .findFirst()
                .orElseThrow();
        return new MunicipalSupervisorPrincipal(s.id(), s.municipalityCode(), s.name());
    }
}
