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
import nl.verwijsindex.reporting.internal.OrganisationRows.OrganisationRow;

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
     * The scope's rows of the year's roll-up as they are, for a report per organisation or category: one pass, from
     * which {@link OrganisationRows#organisations} gives the organisations present and {@link OrganisationRows#counts}
     * the counts, merged as the report needs (issue 17: before, a second pass for the organisations and a grouping-sets
     * query per report).
     */
    public OrganisationRows organisationRows(ReportScope scope, int year, Granularity granularity) {
        roomToGroup();
        OrganisationRows rows = new OrganisationRows();
        // Row by row into the columns of OrganisationRows (issue 17): no list of rows kept.
        jdbc.sql("""
                        select %s as period, f.organisation_id::text as organisation, f.organisation_category,
                               f.other_organisation_id::text as other_organisation, f.other_organisation_category,
                               f.kind, f.detail, f.across_regions, f.first_of_youth, f.facts
                        from %s f where %s and f.month between :from and :to""".formatted(period(granularity), organisationsOf(scope).table(), where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 1))
                .query(rs -> {
                    // by position, in the order of the select
                    rows.add(new OrganisationRow(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getBoolean(8),
                            rs.getBoolean(9),
                            rs.getLong(10)));
                });
        return rows;
    }

    /** The organisations (and their categories) that appear in the scope's facts of the year, first or second. */
    public List<OrganisationInFacts> organisations(ReportScope scope, int year) {
        return organisationRows(scope, year, Granularity.YEAR).organisations();
    }

    /**
     * The facts counted per period (1-based month or quarter, 1 for a year) and group key, and per period for the
     * total under the key {@link #TOTAL}, in one pass over the year's rows of the monthly roll-up (docs/adr/0044):
     * per region or municipality with grouping sets, per organisation or category by {@link OrganisationRows#counts}.
     * A match counts once in each group of its organisations and once in the total.
     * {@code merged}: organisation ids or category codes counted as "other".
     */
    public List<Count> counts(
            ReportScope scope, int year, Granularity granularity, Dimension dimension, Collection<String> merged) {
        if (dimension == Dimension.ORGANISATION || dimension == Dimension.CATEGORY) {
            return organisationRows(scope, year, granularity).counts(dimension, merged);
        }
        roomToGroup();
        String period = period(granularity);
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

    private static String period(Granularity granularity) {
        return switch (granularity) {
            case MONTH -> "extract(month from f.month)::int";
            case QUARTER -> "extract(quarter from f.month)::int";
            case YEAR -> "1";
        };
    }

    /** The roll-up's rows of the scope and year per region or municipality, with their period and group key. */
    private static String keyed(Dimension dimension, String period, String table, String where) {
        String key = dimension == Dimension.MUNICIPALITY
                ? "coalesce(trim(f.municipality_code), '" + UNKNOWN + "')"
                : "f.region_code";
        return "select %s as period, %s as key, true as first, f.kind, f.detail, f.across_regions, f.first_of_youth, f.facts from %s f where %s and f.month between :from and :to"
                .formatted(period, key, table, where);
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
