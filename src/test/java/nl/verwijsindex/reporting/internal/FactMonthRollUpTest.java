// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.ReportScope;
import nl.verwijsindex.reporting.internal.FactReadModel.Count;
import nl.verwijsindex.reporting.internal.FactStore.Fact;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REPORTS (issue 17, docs/adr/0044): the reports read the monthly roll-up of the facts, and it gives the very
 * counts the facts give, for every scope, period and grouping, with organisations and categories merged into "other"
 * or not: with its rows just appended, after a municipality learned later moved facts, after folding, and with new
 * rows appended after folding. The reference is the query the reports ran on {@code report_fact} before V75. The same
 * for the coarser roll-ups of V78 (docs/adr/0048): each counts per month and combination of its columns what the facts
 * count, and a report reads the coarsest one that has its columns.
 */
@IntegrationTest
class FactMonthRollUpTest {

    @Autowired
    FactStore store;

    @Autowired
    FactReadModel readModel;

    @Autowired
    JdbcClient jdbc;

    @Test
    void R_REPORTS_theMonthlyRollUpGivesTheSameCountsAsTheFacts() {
        Random random = new Random(20261206L);
        // A year of the range no other test writes facts in, so the deployment's figures are this test's only.
        int year = 2100 + random.nextInt(90);
        String prefix = "R" + Integer.toString(random.nextInt(36 * 36), 36);
        List<String> regions = List.of(prefix + "A", prefix + "B", prefix + "C");
        List<String> municipalities = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            municipalities.add("GM%04d".formatted(9000 + random.nextInt(1000)));
        }
        List<UUID> organisations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            organisations.add(UUID.randomUUID());
        }
        List<String> categories = List.of("MUNICIPAL_YOUTH_TEAM", "SECONDARY_EDUCATION", "GENERAL_PRACTITIONER");
        YouthId youth = youth();

        List<Long> waiting = new ArrayList<>();
        for (int batch = 0; batch < 6; batch++) {
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                facts.add(fact(random, year, regions, municipalities, organisations, categories));
            }
            List<Long> ids = store.insert(facts);
            waiting.add(ids.get(0));
            waiting.add(ids.get(1));
        }
        Fact unplaced = new Fact(
                FactKind.SIGNAL_REGISTERED,
                LocalDate.of(year, 3, 31),
                regions.get(0),
                null,
                organisations.get(0),
                categories.get(0),
                null,
                null,
                null,
                false,
                true);
        // facts counted under a municipality already, linked to the youth anyway: the register's answer moves each
        // linked fact to the municipality it gives, whatever it had (-1 there, +1 in the new one)
        waiting.forEach(id -> jdbc.sql(
                        "insert into report_fact_awaiting_municipality (fact_id, youth_id) values (:fact, :youth)")
                .param("fact", id)
                .param("youth", youth.value())
                .update());
        waiting.addAll(store.insert(List.of(unplaced, unplaced, unplaced), youth));

        assertSameCounts(year, regions, municipalities, organisations, categories, "appended");
        assertThat(store.municipalityLearned(youth, municipalities.get(0))).isEqualTo(waiting.size());
        assertSameCounts(year, regions, municipalities, organisations, categories, "a municipality learned later");

        long before = rowsOf(year);
        store.compactMonths();
        assertThat(rowsOf(year))
                .as("folded: one row per month and combination")
                .isLessThan(before)
                .isEqualTo(jdbc.sql("""
                                select count(*) from (
                                    select distinct date_trunc('month', occurred_on::timestamp), kind, region_code,
                                           municipality_code, organisation_id, organisation_category,
                                           other_organisation_id, other_organisation_category, detail,
                                           across_regions, first_of_youth
                                    from report_fact where extract(year from occurred_on) = :year) d""").param("year", year).query(Long.class).single());
        assertSameCounts(year, regions, municipalities, organisations, categories, "folded");
        for (RollUp r : RollUp.values()) {
            assertThat(rowsOf(r, year))
                    .as("%s folded: one row per month and combination of its columns", r.table())
                    .isEqualTo(jdbc.sql(
                                    "select count(*) from (select distinct %s from report_fact f where extract(year from occurred_on) = :year) d"
                                            .formatted(r.of("f.")))
                            .param("year", year)
                            .query(Long.class)
                            .single());
        }

        List<Fact> more = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            more.add(fact(random, year, regions, municipalities, organisations, categories));
        }
        store.insert(more);
        assertSameCounts(year, regions, municipalities, organisations, categories, "folded, then appended");
    }

    private void assertSameCounts(
            int year,
            List<String> regions,
            List<String> municipalities,
            List<UUID> organisations,
            List<String> categories,
            String state) {
        for (RollUp r : RollUp.values()) {
            assertThat(sums(r, year))
                    .as("%s, %s: its counts per month and combination are the facts'", state, r.table())
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(factSums(r, year));
        }
        List<ReportScope> scopes = new ArrayList<>();
        scopes.add(ReportScope.deployment());
        regions.forEach(r -> scopes.add(ReportScope.region(r)));
        municipalities.forEach(m -> scopes.add(ReportScope.municipality(m)));
        for (ReportScope scope : scopes) {
            for (Granularity granularity : Granularity.values()) {
                for (Dimension dimension : Dimension.values()) {
                    List<Collection<String>> mergings = switch (dimension) {
                        case ORGANISATION ->
                            List.of(
                                    Set.of(),
                                    Set.of(
                                            organisations.get(1).toString(),
                                            organisations.get(2).toString()));
                        case CATEGORY -> List.of(Set.of(), Set.of(categories.get(0)));
                        case MUNICIPALITY, REGION -> List.of(Set.of());
                    };
                    for (Collection<String> merged : mergings) {
                        List<Count> rolledUp = readModel.counts(scope, year, granularity, dimension, merged);
                        assertThat(rolledUp)
                                .as("%s, %s, %s, %s, merged %s", state, scope, granularity, dimension, merged)
                                .isNotEmpty()
                                .containsExactlyInAnyOrderElementsOf(
                                        fromFacts(scope, year, granularity, dimension, merged));
                    }
                }
            }
            for (Dimension dimension : Dimension.values()) {
                assertThat(FactReadModel.rollUp(scope, dimension))
                        .as("%s per %s reads the coarsest roll-up that has its columns", scope, dimension)
                        .isEqualTo(
                                dimension == Dimension.MUNICIPALITY || dimension == Dimension.REGION
                                        ? RollUp.PLACE
                                        : scope.kind() == ReportScope.Kind.DEPLOYMENT
                                                ? RollUp.ORGANISATION
                                                : RollUp.MONTH);
            }
            assertThat(readModel.organisations(scope, year))
                    .as("%s, %s: the organisations", state, scope)
                    .containsExactlyInAnyOrderElementsOf(organisationsFromFacts(scope, year));
        }
    }

    private static Fact fact(
            Random random,
            int year,
            List<String> regions,
            List<String> municipalities,
            List<UUID> organisations,
            List<String> categories) {
        FactKind kind = FactKind.values()[random.nextInt(FactKind.values().length)];
        // A few facts just outside the year, so the bounds of the year are tested too.
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(380) - 7);
        int organisation = random.nextInt(organisations.size() + 1);
        boolean match = kind == FactKind.MATCH_MADE || kind == FactKind.MATCH_CONSULTED;
        // A match's second organisation: none, another, or the same one (which counts once in its row).
        int other = match ? random.nextInt(organisations.size() + 2) - 1 : -1;
        if (match && random.nextInt(5) == 0) {
            other = organisation;
        }
        String detail = switch (kind) {
            case MATCH_MADE -> List.of("YOUTH", "FAMILY", "ADDRESS").get(random.nextInt(3));
            case MATCH_CONSULTED -> random.nextBoolean() ? "IN_TIME" : "LATE";
            case SIGNAL_ENDED -> random.nextBoolean() ? "RISK_GONE" : "UNJUSTIFIED";
            case SIGNAL_DELETED -> List.of("R-AGE-23", "R-DEATH", "R-END").get(random.nextInt(3));
            case CONSULTATION_OUTCOME -> List.of("DONT_KNOW", "OTHER").get(random.nextInt(2));
            default -> null;
        };
        return new Fact(
                kind,
                day,
                regions.get(random.nextInt(regions.size())),
                random.nextInt(7) == 0 ? null : municipalities.get(random.nextInt(municipalities.size())),
                organisation == organisations.size() ? null : organisations.get(organisation),
                organisation == organisations.size() ? null : categories.get(organisation % categories.size()),
                other < 0 || other == organisations.size() ? null : organisations.get(other),
                other < 0 || other == organisations.size() ? null : categories.get(other % categories.size()),
                detail,
                match && random.nextBoolean(),
                kind == FactKind.SIGNAL_REGISTERED && random.nextBoolean());
    }

    /** The query the reports ran on the facts before V75 (issue 17), as the reference. */
    private List<Count> fromFacts(
            ReportScope scope, int year, Granularity granularity, Dimension dimension, Collection<String> merged) {
        String period = switch (granularity) {
            case MONTH -> "extract(month from f.occurred_on)::int";
            case QUARTER -> "extract(quarter from f.occurred_on)::int";
            case YEAR -> "1";
        };
        String pair = switch (dimension) {
            case ORGANISATION -> "array[f.organisation_id::text, f.other_organisation_id::text]";
            case CATEGORY -> "array[f.organisation_category, f.other_organisation_category]";
            default -> null;
        };
        String lateral = pair == null ? "" : """
                cross join lateral (
                    select coalesce(case when u.v = any(cast(:merged as text[])) then 'OTHER' else u.v end, 'UNKNOWN') as key,
                           bool_or(u.i = 1) as first
                    from unnest(%s) with ordinality as u(v, i) where u.i = 1 or u.v is not null group by 1) g""".formatted(pair);
        String key = switch (dimension) {
            case MUNICIPALITY -> "coalesce(trim(f.municipality_code), 'UNKNOWN')";
            case REGION -> "f.region_code";
            case ORGANISATION, CATEGORY -> "g.key";
        };
        return jdbc.sql("""
                        select x.period, case when grouping(x.key) = 1 then 'TOTAL' else x.key end as key, x.kind, x.detail,
                               x.across_regions, x.first_of_youth,
                               case when grouping(x.key) = 1 then count(*) filter (where x.first) else count(*) end as n
                        from (select %s as period, %s as key, %s as first, f.kind, f.detail, f.across_regions,
                                     f.first_of_youth
                              from report_fact f %s
                              where %s and f.occurred_on between :from and :to) x
                        group by grouping sets (
                            (x.period, x.key, x.kind, x.detail, x.across_regions, x.first_of_youth),
                            (x.period, x.kind, x.detail, x.across_regions, x.first_of_youth))""".formatted(period, key, pair == null ? "true" : "g.first", lateral, where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .param("merged", merged.toArray(String[]::new))
                .query((rs, n) -> Count.ofRow(rs))
                .list();
    }

    private List<FactReadModel.OrganisationInFacts> organisationsFromFacts(ReportScope scope, int year) {
        return jdbc.sql("""
                        select distinct organisation_id as organisation, organisation_category as category
                        from report_fact f where f.organisation_id is not null and %1$s and f.occurred_on between :from and :to
                        union
                        select distinct other_organisation_id, other_organisation_category
                        from report_fact f where f.other_organisation_id is not null and %1$s and f.occurred_on between :from and :to""".formatted(where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new FactReadModel.OrganisationInFacts(
                        rs.getObject("organisation", UUID.class), rs.getString("category")))
                .list();
    }

    private static String where(ReportScope scope) {
        return switch (scope.kind()) {
            case REGION -> "f.region_code = :scope";
            case MUNICIPALITY -> "f.municipality_code = :scope";
            case DEPLOYMENT -> "extract(year from f.occurred_on) = extract(year from cast(:from as date))";
        };
    }

    /** A roll-up's counts per month and combination of its columns (folded or appended rows summed), as text. */
    private List<String> sums(RollUp r, int year) {
        return jdbc.sql("""
                        select concat_ws('|', %1$s, sum(facts)) from %2$s
                        where extract(year from month) = :year group by %3$s having sum(facts) <> 0""".formatted(text(r), r.table(), r.columnList()))
                .param("year", year)
                .query(String.class)
                .list();
    }

    /** The facts counted per month and combination of a roll-up's columns, as text. */
    private List<String> factSums(RollUp r, int year) {
        return jdbc.sql("""
                        select concat_ws('|', %1$s, count(*)) from (select %2$s from report_fact f
                        where extract(year from occurred_on) = :year) d group by %3$s""".formatted(text(r), r.of("f."), r.columnList()))
                .param("year", year)
                .query(String.class)
                .list();
    }

    /** A roll-up's columns as text, a null as "-" (concat_ws would leave it out). */
    private static String text(RollUp r) {
        return String.join(
                ", ",
                r.columns().stream()
                        .map(c -> "coalesce(%s::text, '-')".formatted(c))
                        .toList());
    }

    private long rowsOf(RollUp r, int year) {
        return jdbc.sql("select count(*) from %s where extract(year from month) = :year".formatted(r.table()))
                .param("year", year)
                .query(Long.class)
                .single();
    }

    private long rowsOf(int year) {
        return jdbc.sql("select count(*) from report_fact_month where extract(year from month) = :year")
                .param("year", year)
                .query(Long.class)
                .single();
    }

    /** A youth the facts can wait for (report_fact_awaiting_municipality references one). */
    private YouthId youth() {
        byte[] index = new byte[32];
        new Random().nextBytes(index);
        return new YouthId(jdbc.sql("""
                        insert into youth (bsn_index, bsn_encrypted, birth_date, created_at, identified_by)
                        values (:index, null, date '2015-01-01', now(), 'VI_NUMBER') returning id""").param("index", index).query(Long.class).single());
    }
}
