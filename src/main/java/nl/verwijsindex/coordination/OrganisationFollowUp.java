// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** How many cases one read asks about. */
    private static final int BATCH = 250;

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
     * the earliest deadline first. Each list shows its first {@link #SHOWN_AT_MOST} and says whether there are more
     * (docs/adr/0050, issue 17): the organisation's matches not consulted are read through the indexes of V80, and
     * whether their cases are still going on is asked in batches, in the order of the lists, only until both lists are
     * full; a large organisation has thousands of them.
     */
    public FollowUp of(OrganisationId organisation) {
        return of(organisation, SHOWN_AT_MOST);
    }

    FollowUp of(OrganisationId organisation, int shownAtMost) {
        LocalDate today = LocalDate.now(clock);
        List<Open> open = notConsulted(organisation);
        Capped overdue = new Capped(shownAtMost);
        Capped ownDirecting = new Capped(shownAtMost);
        Map<UUID, Director> going = new HashMap<>();
        Set<UUID> asked = new HashSet<>();
        int next = 0;
        // Both lists are settled once each is known to have more than it shows, or (the overdue one) once the
        // deadlines reach today: the matches come by deadline.
        while (next < open.size() && !settled(open.get(next), today, overdue, ownDirecting)) {
            going.putAll(goingOn(nextBatch(open, next, asked)));
            for (; next < open.size() && asked.contains(open.get(next).caseId()); next++) {
                Open o = open.get(next);
                if (settled(o, today, overdue, ownDirecting)) {
                    break;
                }
                Director director = going.get(o.caseId());
                if (director != null) {
                    boolean late = o.dueOn().isBefore(today);
                    boolean own = organisation.value().equals(director.organisation());
                    Task task = new Task(o.kind(), o.matchedOn(), o.dueOn(), late, director.professional(), own, null);
                    overdue.offerIf(late, task);
                    ownDirecting.offerIf(own, task);
                }
            }
        }
        Map<ProfessionalId, ProfessionalContact> contacts =
                directory.contacts(Stream.concat(overdue.shown.stream(), ownDirecting.shown.stream())
                        .filter(Task::ownDirector)
                        .map(Task::director)
                        .distinct()
                        .toList());
        return new FollowUp(
                named(overdue.shown, contacts), overdue.more, named(ownDirecting.shown, contacts), ownDirecting.more);
    }

    /** The organisation's matches not consulted, the earliest deadline first (the partial indexes of V80). */
    private List<Open> notConsulted(OrganisationId organisation) {
        return jdbc.sql("""
                        select cm.match_case_id, cm.kind, cm.matched_on, cm.due_on
                        from coordination_match cm
                        where cm.consulted_at is null and (cm.organisation_a = :org or cm.organisation_b = :org)
                        order by cm.due_on, cm.matched_on""")
                .param("org", organisation.value())
                .query((rs, n) -> new Open(
                        rs.getObject("match_case_id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("matched_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /** The next cases not yet asked about, from {@code next} on, at most {@link #BATCH}; marked as asked. */
    private static List<UUID> nextBatch(List<Open> open, int next, Set<UUID> asked) {
        List<UUID> batch = new ArrayList<>();
        for (int i = next; i < open.size() && batch.size() < BATCH; i++) {
            if (asked.add(open.get(i).caseId())) {
                batch.add(open.get(i).caseId());
            }
        }
        return batch;
    }

    private static boolean settled(Open next, LocalDate today, Capped overdue, Capped ownDirecting) {
        return ownDirecting.more && (overdue.more || !next.dueOn().isBefore(today));
    }

    /** One list of the view: the tasks it shows, at most its cap, and whether there were more. */
    private static final class Capped {

        private final int cap;
        private final List<Task> shown = new ArrayList<>();
        private boolean more;

        Capped(int cap) {
            this.cap = cap;
        }

        void offerIf(boolean belongs, Task task) {
            if (!belongs) {
                return;
            }
            if (shown.size() < cap) {
                shown.add(task);
            } else {
                more = true;
            }
        }
    }

    /** Of these cases, those still going on, with their director's professional and organisation. */
    private Map<UUID, Director> goingOn(List<UUID> cases) {
        Map<UUID, Director> going = new HashMap<>();
        if (cases.isEmpty()) {
            return going;
        }
        jdbc.sql("""
                        select cc.match_case_id, d.professional_id, d.organisation_id
                        from coordination_case cc
                        join match_participant dp on dp.match_case_id = cc.match_case_id and dp.signal_id = cc.director_signal_id
                        join signal d on d.id = dp.signal_id and d.status = 'ACTIVE'
                        where cc.match_case_id = any(:cases)
                          and exists (select 1 from match_participant mp join signal s on s.id = mp.signal_id
                                      where mp.match_case_id = cc.match_case_id and mp.signal_id <> d.id
                                        and s.status = 'ACTIVE')""").param("cases", cases.toArray(UUID[]::new)).query(rs -> {
            going.put(
                    rs.getObject("match_case_id", UUID.class),
                    new Director(
                            new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                            rs.getObject("organisation_id", UUID.class)));
        });
        return going;
    }

    private record Open(UUID caseId, String kind, LocalDate matchedOn, LocalDate dueOn) {}

    private record Director(ProfessionalId professional, UUID organisation) {}

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
     * @param overdue          the organisation's matches past their deadline without consultation (whoever directs),
     *                         at most {@link #SHOWN_AT_MOST}, the earliest deadline first
     * @param overdueMore      whether there are more than those
     * @param ownDirecting     the consultations the organisation's own professionals still have to do as director, at
     *                         most {@link #SHOWN_AT_MOST}, the earliest deadline first
     * @param ownDirectingMore whether there are more than those
     */
    public record FollowUp(
            List<Task> overdue, boolean overdueMore, List<Task> ownDirecting, boolean ownDirectingMore) {}

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
