package nl.verwijsindex.bench.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What the service would have written while the history happened, derived in SQL from the loaded
 * signals: the matches (one pair per two signals of different professionals on one youth that were
 * active at the same time, one case per youth), a notice per professional per pair with its e-mail
 * sent, and the logbook. Set-based in the database, so millions of rows take seconds, not hours.
 */
final class DerivedHistory {

    private record Step(String name, String sql) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("youth identity", """
                    select setval(pg_get_serial_sequence('youth', 'id'), (select coalesce(max(id), 1) from youth))"""),
            // a.id < b.id is PostgreSQL's (bytewise) uuid order: every pair once, stored as the check
            // constraint signal_a < signal_b wants. The region of the later signal decides whether
            // signals of one organisation match (R-MATCH-YOUTH), as it does when the service matches.
            new Step("pairs", """
                    create temp table bench_pair as
                    select gen_random_uuid() as id, a.youth_id,
                           a.id as signal_a, b.id as signal_b, a.region_code as region_a, b.region_code as region_b,
                           a.professional_id as professional_a, b.professional_id as professional_b,
                           a.organisation_id as organisation_a, b.organisation_id as organisation_b,
                           greatest(a.registered_at, b.registered_at) as created_at
                    from signal a
                    join signal b on b.youth_id = a.youth_id and a.id < b.id
                    join region later on later.code = case when a.registered_at >= b.registered_at
                                                           then a.region_code else b.region_code end
                    where a.professional_id <> b.professional_id
                      and a.registered_at < coalesce(b.ended_at, 'infinity')
                      and b.registered_at < coalesce(a.ended_at, 'infinity')
                      and not (later.suppress_same_organisation_matches and a.organisation_id = b.organisation_id)"""),
            new Step("match cases", """
                    create temp table bench_case as
                    select youth_id, gen_random_uuid() as id, min(created_at) as opened_at from bench_pair group by youth_id;
                    insert into match_case (id, kind, youth_id, opened_at)
                    select id, 'YOUTH', youth_id, opened_at from bench_case order by opened_at"""),
            new Step("match participants", """
                    insert into match_participant (match_case_id, signal_id, joined_at)
                    select c.id, p.signal_id, min(p.created_at)
                    from bench_case c
                    join (select youth_id, signal_a as signal_id, created_at from bench_pair
                          union all
                          select youth_id, signal_b, created_at from bench_pair) p using (youth_id)
                    group by c.id, p.signal_id
                    order by 1, 2"""),
            new Step("match pairs", """
                    insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                    select p.id, c.id, 'YOUTH', p.signal_a, p.signal_b, p.region_a, p.region_b, p.created_at
                    from bench_pair p join bench_case c using (youth_id)
                    order by p.signal_a, p.signal_b"""),
            // R-NOTICE: both professionals of a new pair hear of it; their e-mails went out long ago.
            new Step("notices", """
                    create temp table bench_notice as
                    select gen_random_uuid() as id, p.id as pair_id, p.youth_id, r.professional_id, r.organisation_id,
                           r.signal_id, p.created_at
                    from bench_pair p
                    cross join lateral (values (p.professional_a, p.organisation_a, p.signal_a),
                                               (p.professional_b, p.organisation_b, p.signal_b))
                         as r (professional_id, organisation_id, signal_id);
                    insert into notice (id, professional_id, kind, match_pair_id, created_at, read_at, mail_state,
                                        mail_attempts, mail_next_attempt_at, mail_sent_at)
                    select id, professional_id, 'MATCH', pair_id, created_at,
                           case when created_at < now() - interval '14 days' then created_at + interval '1 day' end,
                           'SENT', 1, null, created_at + interval '3 seconds'
                    from bench_notice order by pair_id, professional_id"""),
            // R-LOGBOOK: every registration, ending and notice e-mail, in the order they happened. Since V30 an
            // entry must carry a hash; the history's is a SHA-256 of the row only, not the service's chain (which
            // the benchmark does not verify): it gives the rows their real width. Since V77 an entry names its chain
            // (ADR 0047); the history is in chain 1, as a logbook from before V77 is.
            new Step("logbook", """
                    insert into logbook_entry (occurred_at, action, actor_type, actor_id, professional_id,
                                               organisation_id, youth_index, signal_id, subject_id, hash, chain)
                    select e.*, sha256(convert_to(e::text, 'UTF8')), 1 from (
                        select s.registered_at, 'SIGNAL_REGISTERED', 'API_CLIENT', c.id::text, s.professional_id,
                               s.organisation_id, y.bsn_index, s.id, null
                        from signal s join youth y on y.id = s.youth_id join api_client c on c.organisation_id = s.organisation_id
                        union all
                        select s.ended_at, 'SIGNAL_ENDED',
                               case when s.end_reason = 'EXPIRED' then 'SYSTEM' else 'API_CLIENT' end,
                               case when s.end_reason = 'EXPIRED' then 'verwijsindex' else c.id::text end,
                               s.professional_id, s.organisation_id, y.bsn_index, s.id, null
                        from signal s join youth y on y.id = s.youth_id join api_client c on c.organisation_id = s.organisation_id
                        where s.status = 'ARCHIVED'
                        union all
                        select n.created_at + interval '3 seconds', 'NOTICE_SENT', 'SYSTEM', 'verwijsindex', n.professional_id,
                               n.organisation_id, y.bsn_index, n.signal_id, n.id::text
                        from bench_notice n join youth y on y.id = n.youth_id
                    ) e order by 1"""));

    private DerivedHistory() {
    }

    static void build(Connection connection) throws SQLException {
        // Inserts are ordered by each table's unique key, which then grows at its right edge; the other
        // indexes are built afterwards.
        DeferredIndexes indexes = DeferredIndexes.drop(connection, "match_participant", "match_pair", "notice", "logbook_entry");
        try (Statement statement = connection.createStatement()) {
            statement.execute("set work_mem = '256MB'");
            for (Step step : STEPS) {
                long start = System.nanoTime();
                statement.execute(step.sql());
                System.out.printf("  %-20s %6.1f s%n", step.name(), (System.nanoTime() - start) / 1e9);
            }
            statement.execute("drop table bench_pair, bench_case, bench_notice");
            statement.execute("reset work_mem");
            long start = System.nanoTime();
            indexes.recreate(connection);
            System.out.printf("  %-20s %6.1f s%n", "indexes", (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            // The service meets a database that has been vacuumed and analysed, not one fresh from COPY.
            statement.execute("vacuum (analyze)");
            System.out.printf("  %-20s %6.1f s%n", "vacuum analyze", (System.nanoTime() - start) / 1e9);
        }
    }
}
