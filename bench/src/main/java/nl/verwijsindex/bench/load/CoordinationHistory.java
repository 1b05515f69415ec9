package nl.verwijsindex.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import nl.verwijsindex.bench.common.Environment;

/**
 * The coordination the service would have kept for the history's matches (R-DIRECTOR, R-DEADLINE, R-CONSULTED),
 * derived in SQL from the loaded match cases and pairs, so the organisation coordinator's view (R-COORDINATOR) and
 * the follow-up figures read a history of plausible size and shape:
 * <ul>
 * <li>a coordination case per match case, directed by its earliest active signal (the final tie-breaker of the
 * director rules; the earliest signal when none is active), in its region, with the region's default municipality
 * (docs/adr/0013: the municipality with the lowest CBS code, as when the youth's own is not known);</li>
 * <li>a coordination match per pair, due five working days after the match (weekends skipped, public holidays not);
 * of the matches whose deadline has passed, by a hash of the pair, 60% consulted in time (1 to 6 days after the
 * match), 20% late (9 to 28 days after), 20% never; a match whose consultation would lie in the future is still open;
 * a match not consulted by its deadline escalated the day after;</li>
 * <li>a ticked-off consultation per case with consulted matches, by its director, with one outcome of table 4.1.</li>
 * </ul>
 * Part of a fresh load ({@link HistoryLoader}); run on its own ({@code main}) on a database loaded before the history
 * had coordination rows (run.sh does that with {@code --skip-load} when there are none).
 */
public final class CoordinationHistory {

    private record Step(String name, String sql) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("directors", """
                    create temp table bench_director as
                    select distinct on (mp.match_case_id) mp.match_case_id, s.id as signal_id, s.professional_id,
                           s.region_code
                    from match_participant mp join signal s on s.id = mp.signal_id
                    order by mp.match_case_id, s.status = 'ACTIVE' desc, s.registered_at, s.id"""),
            new Step("coordination cases", """
                    insert into coordination_case (match_case_id, region_code, municipality_code, municipality_basis,
                                                   director_signal_id, director_since, director_basis, opened_at)
                    select c.id, d.region_code, m.cbs_code, 'REGION_DEFAULT', d.signal_id, c.opened_at, 'TIE_BREAKER',
                           c.opened_at
                    from match_case c
                    join bench_director d on d.match_case_id = c.id
                    left join (select region_code, min(cbs_code) as cbs_code from municipality group by region_code) m
                           on m.region_code = d.region_code
                    order by c.opened_at, c.id"""),
            new Step("coordination matches", """
                    insert into coordination_match (pair_id, match_case_id, kind, across_regions, organisation_a,
                                                    organisation_b, matched_at, matched_on, due_on, consulted_at,
                                                    consulted_working_days, escalated_at)
                    select p.id, p.match_case_id, p.kind, p.region_a <> p.region_b, sa.organisation_id,
                           sb.organisation_id, p.created_at, d.matched_on, d.due_on, x.consulted_at,
                           case when x.consulted_at is not null then
                               (select count(*) from generate_series(d.matched_on + 1,
                                                                     (x.consulted_at at time zone 'Europe/Amsterdam')::date,
                                                                     interval '1 day') g
                                where extract(isodow from g) < 6)::int end,
                           case when coalesce((x.consulted_at at time zone 'Europe/Amsterdam')::date, current_date) > d.due_on + 1
                                then (d.due_on + 1 + time '07:00') at time zone 'Europe/Amsterdam' end
                    from match_pair p
                    join signal sa on sa.id = p.signal_a
                    join signal sb on sb.id = p.signal_b
                    cross join lateral (select (p.created_at at time zone 'Europe/Amsterdam')::date as matched_on) m
                    cross join lateral (
                        select m.matched_on,
                               m.matched_on + case extract(isodow from m.matched_on)::int when 6 then 6 when 7 then 5 else 7 end
                                   as due_on,
                               abs(hashtext(p.id::text)) % 100 as h) d
                    cross join lateral (
                        select case when c.at <= now() then c.at end as consulted_at
                        from (select case when d.h < 60 then p.created_at + make_interval(days => 1 + d.h % 6, hours => 2)
                                          when d.h < 80 then p.created_at + make_interval(days => 9 + d.h % 20, hours => 2)
                                     end as at) c) x
                    order by p.id"""),
            new Step("consultations", """
                    insert into consultation (id, match_case_id, recorded_at, director_professional_id, matches_consulted,
                                              outcomes)
                    select gen_random_uuid(), cm.match_case_id, max(cm.consulted_at), d.professional_id, count(*),
                           array[(array['MORE_INSIGHT', 'EARLY_ALIGNMENT', 'NOTHING_CONCRETE', 'INVOLVED_NEW_PARTY',
                                        'FAMILY_HELP_SCALED_UP', 'PLAN_ADJUSTED', 'SCALED_UP', 'ASSESSMENT_ADJUSTED',
                                        'FAMILY_PLAN_ADJUSTED', 'DONT_KNOW', 'OTHER'])[1 + abs(hashtext(cm.match_case_id::text)) % 11]]
                    from coordination_match cm join bench_director d on d.match_case_id = cm.match_case_id
                    where cm.consulted_at is not null
                    group by cm.match_case_id, d.professional_id"""));

    private CoordinationHistory() {
    }

    /** On a loaded database without coordination rows: derives them. */
    public static void main(String[] args) throws Exception {
        try (Connection connection = Environment.connect()) {
            build(connection);
        }
    }

    static void build(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select exists (select 1 from coordination_case)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException("The database already has coordination cases");
                }
            }
            statement.execute("set work_mem = '256MB'");
            for (Step step : STEPS) {
                long start = System.nanoTime();
                statement.execute(step.sql());
                System.out.printf("  %-20s %6.1f s%n", step.name(), (System.nanoTime() - start) / 1e9);
            }
            statement.execute("drop table bench_director");
            statement.execute("reset work_mem");
            long start = System.nanoTime();
            statement.execute("vacuum (analyze) coordination_case, coordination_match, consultation");
            System.out.printf("  %-20s %6.1f s%n", "vacuum analyze", (System.nanoTime() - start) / 1e9);
            try (ResultSet rs = statement.executeQuery("""
                    select (select count(*) from coordination_case), (select count(*) from coordination_match),
                           (select count(*) from coordination_match where consulted_at is null),
                           (select count(*) from coordination_match where consulted_at is null and due_on < current_date),
                           (select count(*) from consultation)""")) {
                rs.next();
                System.out.printf("Coordination: %,d cases, %,d matches (%,d not consulted, %,d of them past their "
                                + "deadline), %,d consultations%n", rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5));
            }
        }
    }
}
