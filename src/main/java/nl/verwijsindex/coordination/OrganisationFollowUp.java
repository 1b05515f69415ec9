// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.signal.SignalId;

/**
 * R-COORDINATOR (seed 003 chapter 6: a role in the organisation that checks contact is made): for the organisation
 * coordinator, the organisation's matches not consulted by their deadline, and the consultations its own
 * professionals still have to do as match director. Only the organisation's own: the match's kind and dates and who
 * directs it, never the youth.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationFollowUp {

    private final JdbcClient jdbc;
    private final MatchQueries matches;
    private final Directory directory;
    private final Clock clock;

    OrganisationFollowUp(JdbcClient jdbc, MatchQueries matches, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.matches = matches;
        this.directory = directory;
        this.clock = clock;
    }

    public FollowUp of(OrganisationId organisation) {
        LocalDate today = LocalDate.now(clock);
        List<Open> open = jdbc.sql("""
                        select cm.match_case_id, cm.kind, cm.matched_on, cm.due_on, cc.director_signal_id
                        from coordination_match cm join coordination_case cc on cc.match_case_id = cm.match_case_id
                        where cm.consulted_at is null and (cm.organisation_a = :org or cm.organisation_b = :org)
                        order by cm.due_on, cm.matched_on""")
                .param("org", organisation.value())
                .query((rs, n) -> new Open(
                        new MatchCaseId(rs.getObject("match_case_id", UUID.class)),
                        rs.getString("kind"),
                        rs.getObject("matched_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        new SignalId(rs.getObject("director_signal_id", UUID.class))))
                .list();
        Map<MatchCaseId, List<Participant>> participants = matches.activeParticipants(
                open.stream().map(Open::caseId).distinct().toList());
        List<Participant> directors = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (Open o : open) {
            List<Participant> active = participants.getOrDefault(o.caseId(), List.of());
            Participant director = active.stream()
                    .filter(p -> p.signalId().equals(o.directorSignalId()))
                    .findFirst()
                    .orElse(null);
            if (active.size() < 2 || director == null) {
                continue; // closed, or a new director is being appointed: nothing to follow up yet
            }
            if (director.organisationId().equals(organisation)) {
                directors.add(director);
            }
            tasks.add(new Task(
                    o.kind(),
                    o.matchedOn(),
                    o.dueOn(),
                    o.dueOn().isBefore(today),
                    director.professionalId(),
                    director.organisationId().equals(organisation),
                    null));
        }
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(
                directors.stream().map(Participant::professionalId).distinct().toList());
        List<Task> named = tasks.stream()
                .map(t -> t.named(Objects.toString(
                        contacts.containsKey(t.director())
                                ? contacts.get(t.director()).name()
                                : null,
                        "")))
                .toList();
        return new FollowUp(
                named.stream().filter(Task::overdue).toList(),
                named.stream()
                        .filter(Task::ownDirector)
                        .sorted(Comparator.comparing(Task::dueOn))
                        .toList());
    }

    private record Open(
            MatchCaseId caseId, String kind, LocalDate matchedOn, LocalDate dueOn, SignalId directorSignalId) {}

    /**
     * @param overdue      the organisation's matches past their deadline without consultation (whoever directs)
     * @param ownDirecting the consultations the organisation's own professionals still have to do as director
     */
    public record FollowUp(List<Task> overdue, List<Task> ownDirecting) {}

    /**
     * One match not yet consulted.
     *
     * @param ownDirector whether the director is one of the organisation's professionals
     * @param directorName the director's name when the director is the organisation's own, otherwise empty: the
     *                     coordinator does not learn who of another organisation is involved
     */
    public record Task(
            String kind,
            LocalDate matchedOn,
            LocalDate dueOn,
            boolean overdue,
            ProfessionalId director,
            boolean ownDirector,
            String directorName) {

        Task named(String name) {
            return new Task(kind, matchedOn, dueOn, overdue, director, ownDirector, name);
        }
    }
}
