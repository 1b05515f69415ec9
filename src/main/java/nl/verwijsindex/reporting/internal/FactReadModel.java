// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

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
 * Counts the anonymous facts of a year per period and group: the one place that reads {@code report_fact}. The SQL
 * parts chosen here are fixed strings of this class, never input.
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

    /** The organisations (and their categories) that appear in the scope's facts of the year. */
    public List<OrganisationInFacts> organisations(ReportScope scope, int year) {
        return jdbc.sql("""
                        select distinct organisation_id as organisation, organisation_category as category
                        from report_fact f where f.organisation_id is not null and %1$s and f.occurred_on between :from and :to
                        union
                        select distinct other_organisation_id, other_organisation_category
                        from report_fact f where f.other_organisation_id is not null and %1$s and f.occurred_on between :from and :to""".formatted(where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) ->
                        new OrganisationInFacts(rs.getObject("organisation", UUID.class), rs.getString("category")))
                .list();
    }

    /**
     * The facts counted per period (1-based month or quarter, 1 for a year) and group key, and per period for the
     * total under the key {@link #TOTAL}, in one pass over the year's facts (grouping sets, issue 17). A match counts
     * once in each group of its organisations and once in the total. {@code merged}: organisation ids or category
     * codes counted as "other".
     */
    public List<Count> counts(
            ReportScope scope, int year, Granularity granularity, Dimension dimension, Collection<String> merged) {
        String period = switch (granularity) {
            case MONTH -> "extract(month from f.occurred_on)::int";
            case QUARTER -> "extract(quarter from f.occurred_on)::int";
            case YEAR -> "1";
        };
        String lateral = lateral(dimension);
        String first = lateral.isEmpty() ? "true" : "g.first";
        return jdbc.sql("""
                        select x.period, case when grouping(x.key) = 1 then '%s' else x.key end as key, x.kind, x.detail,
                               x.across_regions, x.first_of_youth,
                               case when grouping(x.key) = 1 then count(*) filter (where x.first) else count(*) end as n
                        from (select %s as period, %s as key, %s as first, f.kind, f.detail, f.across_regions,
                                     f.first_of_youth
                              from report_fact f %s
                              where %s and f.occurred_on between :from and :to) x
                        group by grouping sets (
                            (x.period, x.key, x.kind, x.detail, x.across_regions, x.first_of_youth),
                            (x.period, x.kind, x.detail, x.across_regions, x.first_of_youth))""".formatted(TOTAL, period, groupKey(dimension), first, lateral, where(scope)))
                .param("scope", scope.code() == null ? "" : scope.code())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .param("merged", merged.toArray(String[]::new))
                .query((rs, n) -> new Count(
                        rs.getInt("period"),
                        rs.getString("key"),
                        FactKind.valueOf(rs.getString("kind")),
                        rs.getString("detail"),
                        rs.getBoolean("across_regions"),
                        rs.getBoolean("first_of_youth"),
                        rs.getInt("n")))
                .list();
    }

    private static String where(ReportScope scope) {
        return switch (scope.kind()) {
            case REGION -> "f.region_code = :scope";
            case MUNICIPALITY -> "f.municipality_code = :scope";
            case DEPLOYMENT -> "cast(:scope as text) is not null";
        };
    }

    private static String groupKey(Dimension dimension) {
        return switch (dimension) {
            case MUNICIPALITY -> "coalesce(trim(f.municipality_code), '" + UNKNOWN + "')";
            case REGION -> "f.region_code";
            case ORGANISATION, CATEGORY -> "g.key";
        };
    }

    /**
     * The organisations (or categories) of a fact: the first always (unknown when null), the second when present and
     * another key; {@code first} marks the key of the first, so that the total counts the fact once.
     */
    private static String lateral(Dimension dimension) {
        String pair = switch (dimension) {
            case ORGANISATION -> "array[f.organisation_id::text, f.other_organisation_id::text]";
            case CATEGORY -> "array[f.organisation_category, f.other_organisation_category]";
            default -> null;
        };
        if (pair == null) {
            return "";
        }
        return """
                cross join lateral (
                    select coalesce(case when u.v = any(cast(:merged as text[])) then '%s' else u.v end, '%s') as key,
                           bool_or(u.i = 1) as first
                    from unnest(%s) with ordinality as u(v, i) where u.i = 1 or u.v is not null group by 1) g""".formatted(OTHER, UNKNOWN, pair);
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
            int count) {}
}
