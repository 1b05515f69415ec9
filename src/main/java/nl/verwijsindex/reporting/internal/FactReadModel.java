// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.ReportScope;

/**
 * Counts the anonymous facts of a year per period and group, from their monthly roll-ups ({@code report_fact_month},
 * V75, docs/adr/0044; the coarser ones of V78, docs/adr/0048): the one place that reads the facts for a report. The SQL parts chosen here are fixed strings
 * of this class, never input.
 */
@Component
@Transactional(readOnly = true)
public class FactReadModel {

    /** The row key of facts without an organisation or municipality, and of the merged small organisations. */
    public static final String UNKNOWN = "UNKNOWN";

    public static final String OTHER = "OTHER";

    /** The row key of the total, under which {@link #counts} gives each fact once. */
    public static final String TOTAL = "TOTAL";

    private final JdbcClient jdbc;

    FactReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organisations (and their categories) that appear in the scope's facts of the year, first or second: one pass
     * over the year's rows of the roll-up (issue 17).
     */
    public List<OrganisationInFacts> organisations(ReportScope scope, int year) {
        roomToGroup();
        return jdbc.sql("""
                        select distinct o.organisation, o.category
                        from %s f
                        cross join lateral (values (f.organisation_id, f.organisation_category),
                                                   (f.other_organisation_id, f.other_organisation_category)) o(organisation, category)
                        where o.organisation is not null and %s and f.month between :from and :to""".formatted(organisationsOf(scope).table(), where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 1))
                .query((rs, n) ->
                        new OrganisationInFacts(rs.getObject("organisation", UUID.class), rs.getString("category")))
                .list();
    }

    /**
     * The facts counted per period (1-based month or quarter, 1 for a year) and group key, and per period for the
     * total under the key {@link #TOTAL}, in one pass over the year's rows of the monthly roll-up (docs/adr/0044),
     * with grouping sets. A match counts once in each group of its organisations and once in the total.
     * {@code merged}: organisation ids or category codes counted as "other".
     */
    public List<Count> counts(
            ReportScope scope, int year, Granularity granularity, Dimension dimension, Collection<String> merged) {
        roomToGroup();
        String period = switch (granularity) {
            case MONTH -> "extract(month from f.month)::int";
            case QUARTER -> "extract(quarter from f.month)::int";
            case YEAR -> "1";
        };
        return jdbc
                .sql("""
                        select x.period, case when grouping(x.key) = 1 then '%s' else x.key end as key, x.kind, x.detail,
                               x.across_regions, x.first_of_youth,
                               case when grouping(x.key) = 1 then sum(x.facts) filter (where x.first) else sum(x.facts) end as n
                        from (%s) x
                        group by grouping sets (
                            (x.period, x.key, x.kind, x.detail, x.across_regions, x.first_of_youth),
                            (x.period, x.kind, x.detail, x.across_regions, x.first_of_youth))""".formatted(
                        TOTAL, keyed(dimension, period, rollUp(scope, dimension).table(), where(scope))))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 1))
                .param("merged", merged.toArray(String[]::new))
                .query((rs, n) -> Count.ofRow(rs))
                .list()
                .stream()
                .filter(c -> c.count() != 0)
                .toList();
    }

    /**
     * A year's roll-up per organisation and month is about 120,000 rows on the benchmark's history: grouped in a hash
     * in memory (about 20 MB) instead of sorted on disk with the default work_mem, and without JIT compilation, which
     * costs more than the query (issue 17, docs/adr/0044). For this transaction only.
     */
    private void roomToGroup() {
        jdbc.sql("select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)")
                .query((rs, n) -> n)
                .list();
    }

    /**
     * The coarsest roll-up that has every column the report groups and filters by (docs/adr/0048): per region or
     * municipality the one without organisations, over all regions per organisation or category the one without
     * places, otherwise the one with all columns (V75).
     */
    static RollUp rollUp(ReportScope scope, Dimension dimension) {
        return switch (dimension) {
            case MUNICIPALITY, REGION -> RollUp.PLACE;
            case ORGANISATION, CATEGORY -> organisationsOf(scope);
        };
    }

    private static RollUp organisationsOf(ReportScope scope) {
        return scope.kind() == ReportScope.Kind.DEPLOYMENT ? RollUp.ORGANISATION : RollUp.MONTH;
    }

    private static String where(ReportScope scope) {
        return switch (scope.kind()) {
            case REGION -> "f.region_code = :scope";
            case MUNICIPALITY -> "f.municipality_code = :scope";
            case DEPLOYMENT -> "cast(:scope as text) is not null";
        };
    }

    /**
     * The roll-up's rows of the scope and year with their period and group key, and {@code first} on the row that
     * counts in the total. An organisation (or category) view gives a fact's first organisation always (unknown when
     * null), and its second when present and another key, as a second row ({@code union all}, not a lateral
     * {@code unnest} per row, issue 17); the merged ones under {@link #OTHER}.
     */
    private static String keyed(Dimension dimension, String period, String table, String where) {
        String columns = "f.kind, f.detail, f.across_regions, f.first_of_youth, f.facts";
        String range = "from " + table + " f where " + where + " and f.month between :from and :to";
        String[] pair = switch (dimension) {
            case ORGANISATION -> new String[] {"f.organisation_id::text", "f.other_organisation_id::text"};
            case CATEGORY -> new String[] {"f.organisation_category", "f.other_organisation_category"};
            case MUNICIPALITY, REGION -> null;
        };
        if (pair == null) {
            String key = dimension == Dimension.MUNICIPALITY
                    ? "coalesce(trim(f.municipality_code), '" + UNKNOWN + "')"
                    : "f.region_code";
            return "select %s as period, %s as key, true as first, %s %s".formatted(period, key, columns, range);
        }
        String first = "coalesce(%s, '%s')".formatted(merge(pair[0]), UNKNOWN);
        String second = merge(pair[1]);
        return """
                select %1$s as period, %2$s as key, true as first, %4$s %5$s
                union all
                select %1$s, %3$s, false, %4$s %5$s and %6$s is not null and %3$s is distinct from %2$s""".formatted(period, first, second, columns, range, pair[1]);
    }

    /** The key of an organisation or category: {@link #OTHER} when merged. */
    private static String merge(String value) {
        return "case when %1$s = any(cast(:merged as text[])) then '%2$s' else %1$s end".formatted(value, OTHER);
    }

    public record OrganisationInFacts(UUID organisation, String category) {}

    /** @param period 1-based month or quarter within the year, 1 for the year */
    public record Count(
            int period,
            String key,
            FactKind kind,
            String detail,
            boolean acrossRegions,
            boolean firstOfYouth,
            int count) {

        /** A row of a counting query: period, key, kind, detail, across_regions, first_of_youth and n. */
        static Count ofRow(ResultSet rs) throws SQLException {
            return new Count(
                    rs.getInt("period"),
                    rs.getString("key"),
                    FactKind.valueOf(rs.getString("kind")),
                    rs.getString("detail"),
                    rs.getBoolean("across_regions"),
                    rs.getBoolean("first_of_youth"),
                    rs.getInt("n"));
        }
    }
}
