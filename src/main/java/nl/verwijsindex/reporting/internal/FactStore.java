// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.reporting.FactKind;

/** Writes the anonymous report facts; the one place with SQL that inserts into {@code report_fact}. */
@Component
class FactStore {

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id,
                                                 organisation_category, other_organisation_id,
                                                 other_organisation_category, detail, across_regions, first_of_youth)
                        select * from unnest(cast(:kinds as text[]), cast(:days as date[]), cast(:regions as text[]),
                                             cast(:municipalities as text[]), cast(:organisations as uuid[]),
                                             cast(:categories as text[]), cast(:others as uuid[]),
                                             cast(:otherCategories as text[]), cast(:details as text[]),
                                             cast(:across as boolean[]), cast(:first as boolean[]))""")
                .param("kinds", facts.stream().map(f -> f.kind().name()).toArray(String[]::new))
                .param(
                        "days",
                        facts.stream().map(f -> f.occurredOn().toString()).toArray(String[]::new))
                .param("regions", facts.stream().map(Fact::regionCode).toArray(String[]::new))
                .param(
                        "municipalities",
                        facts.stream().map(Fact::municipalityCode).toArray(String[]::new))
                .param("organisations", facts.stream().map(Fact::organisationId).toArray(UUID[]::new))
                .param("categories", facts.stream().map(Fact::category).toArray(String[]::new))
                .param("others", facts.stream().map(Fact::otherOrganisationId).toArray(UUID[]::new))
                .param(
                        "otherCategories",
                        facts.stream().map(Fact::otherCategory).toArray(String[]::new))
                .param("details", facts.stream().map(Fact::detail).toArray(String[]::new))
                .param("across", facts.stream().map(Fact::acrossRegions).toArray(Boolean[]::new))
                .param("first", facts.stream().map(Fact::firstOfYouth).toArray(Boolean[]::new))
                .update();
    }

    /** One fact: no youth, no professional, no pseudonym (R-REPORTS). */
    record Fact(
            FactKind kind,
            LocalDate occurredOn,
            String regionCode,
            String municipalityCode,
            UUID organisationId,
            String category,
            UUID otherOrganisationId,
            String otherCategory,
            String detail,
            boolean acrossRegions,
            boolean firstOfYouth) {

        static Fact of(
                FactKind kind,
                LocalDate on,
                String region,
                String municipality,
                UUID organisation,
                String category,
                String detail) {
            return new Fact(kind, on, region, municipality, organisation, category, null, null, detail, false, false);
        }
    }
}
