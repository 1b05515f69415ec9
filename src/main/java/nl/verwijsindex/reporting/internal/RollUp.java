// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The monthly roll-ups of the facts and the columns of each that say which facts a row counts: every column a
 * report uses (V75), without organisations and categories (V78), without region and municipality (V78).
 */
enum RollUp {
    MONTH(
            "report_fact_month",
            List.of(
                    "month",
                    "kind",
                    "region_code",
                    "municipality_code",
                    "organisation_id",
                    "organisation_category",
                    "other_organisation_id",
                    "other_organisation_category",
                    "detail",
                    "across_regions",
                    "first_of_youth")),
    PLACE(
            "report_fact_month_place",
            List.of("month", "kind", "region_code", "municipality_code", "detail", "across_regions", "first_of_youth")),
    ORGANISATION(
            "report_fact_month_organisation",
            List.of(
                    "month",
                    "kind",
                    "organisation_id",
                    "organisation_category",
                    "other_organisation_id",
                    "other_organisation_category",
                    "detail",
                    "across_regions",
                    "first_of_youth"));

    private final String table;
    private final List<String> columns;

    RollUp(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    String columnList() {
        return String.join(", ", columns);
    }

    /** The positions of all columns, for a {@code group by}. */
    String groupBy() {
        return String.join(
                ", ",
                IntStream.rangeClosed(1, columns.size())
                        .mapToObj(Integer::toString)
                        .toList());
    }

    boolean hasMunicipality() {
        return columns.contains("municipality_code");
    }

    /** The columns of a fact ({@code prefix}: its alias and a dot, or empty), the month from its day. */
    String of(String prefix) {
        return String.join(
                ", ",
                columns.stream()
                        .map(c -> c.equals("month")
                                ? "date_trunc('month', %soccurred_on::timestamp)::date as month".formatted(prefix)
                                : "%s%s as %s".formatted(prefix, c, c))
                        .toList());
    }
}
