// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;

/**
 * R-COORDINATOR (seed 003 chapter 6: a role in the organisation that checks contact is made): for the organisation
 * coordinator, the organisation's matches not consulted by their deadline, and the consultations its own
 * professionals still have to do as match director. Only the organisation's own: the match's kind and dates and who
 * directs it, never the youth.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationFollowUp {

    /** The most rows each list shows: those with the earliest deadline (docs/adr/0050). */
    public static final int SHOWN_AT_MOST = 100;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Clock clock;

    OrganisationFollowUp(JdbcClient jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * The organisation's matches not consulted whose case is still going on: its director's signal is active and the
     * case has at least one other active signal (closed, or a new director being appointed: nothing to follow up yet),
     * by deadline. In one query from the organisation's matches not consulted (V80: an index on each organisation of
     * those; issue 17), so the database, not the service, leaves out the cases that are over; each list shows its
     * {@link #SHOWN_AT_MOST} earliest deadlines and says how many there are in all.
     */
    public FollowUp of(OrganisationId organisation) {
        return of(organisation, SHOWN_AT_MOST);
    }

    FollowUp of(OrganisationId organisation, int shownAtMost) {
        LocalDate today = LocalDate.now(clock);
        List<Task> overdue = new ArrayList<>();
        List<Task> ownDirecting = new ArrayList<>();
        int[] totals = new int[2];
        jdbc.sql("""
                        select cm.kind, cm.matched_on, cm.due_on, d.professional_id, d.organisation_id
                        from coordination_match cm
                        join coordination_case cc on cc.match_case_id = cm.match_case_id
                        join match_participant dp on dp.match_case_id = cm.match_case_id and dp.signal_id = cc.director_signal_id
                        join signal d on d.id = dp.signal_id and d.status = 'ACTIVE'
                        where cm.consulted_at is null and (cm.organisation_a = :org or cm.organisation_b = :org)
                          and exists (select 1 from match_participant mp join signal s on s.id = mp.signal_id
                                      where mp.match_case_id = cm.match_case_id and mp.signal_id <> d.id
                                        and s.status = 'ACTIVE')
                        order by cm.due_on, cm.matched_on""").param("org", organisation.value()).query(rs -> {
            LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
            boolean own = organisation.value().equals(rs.getObject("organisation_id", UUID.class));
            boolean late = dueOn.isBefore(today);
            if (!late && !own) {
                return;
            }
            Task task = new Task(
                    rs.getString("kind"),
                    rs.getObject("matched_on", LocalDate.class),
                    dueOn,
                    late,
                    new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                    own,
                    null);
            if (late && totals[0]++ < shownAtMost) {
                overdue.add(task);
            }
            if (own && totals[1]++ < shownAtMost) {
                ownDirecting.add(task);
            }
        });
        Map<ProfessionalId, ProfessionalContact> contacts =
                directory.contacts(Stream.concat(overdue.stream(), ownDirecting.stream())
                        .filter(Task::ownDirector)
                        .map(Task::director)
                        .distinct()
                        .toList());
        return new FollowUp(named(overdue, contacts), totals[0], named(ownDirecting, contacts), totals[1]);
    }

    private static List<Task> named(List<Task> tasks, Map<ProfessionalId, ProfessionalContact> contacts) {
        return tasks.stream()
                .map(t -> t.named(Objects.toString(
                        t.ownDirector() && contacts.containsKey(t.director())
                                ? contacts.get(t.director()).name()
                                : null,
                        "")))
                .toList();
    }

    /**
     * @param overdue           the organisation's matches past their deadline without consultation (whoever
     *                          directs), at most {@link #SHOWN_AT_MOST}, the earliest deadline first
     * @param overdueTotal      how many there are in all
     * @param ownDirecting      the consultations the organisation's own professionals still have to do as director,
     *                          at most {@link #SHOWN_AT_MOST}, the earliest deadline first
     * @param ownDirectingTotal how many there are in all
     */
    public record FollowUp(List<Task> overdue, int overdueTotal, List<Task> ownDirecting, int ownDirectingTotal) {

        /** Whether the overdue list leaves some out. */
        public boolean overdueCut() {
            return overdueTotal > overdue.size();
        }

        /** Whether the list of the own professionals' consultations leaves some out. */
        public boolean ownDirectingCut() {
            return ownDirectingTotal > ownDirecting.size();
        }
    }

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
