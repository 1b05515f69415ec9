// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.youth.YouthId;

/**
 * Writes the anonymous report facts and their monthly roll-up ({@code report_fact_month}, V75) in the same statements;
 * the one place with SQL that writes either.
 */
@Component
class FactStore {

    /** The columns of {@code report_fact_month} that say which facts a row counts. */
    static final String MONTH_COLUMNS = "month, kind, region_code, municipality_code, organisation_id,"
            + " organisation_category, other_organisation_id, other_organisation_category, detail, across_regions,"
            + " first_of_youth";

    private static final String MONTH_GROUP = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11";

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new facts' ids (in no particular order) */
    List<Long> insert(List<Fact> facts) {
        if (facts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with fact as (
                            insert into report_fact (kind, occurred_on, region_code, municipality_code, organisation_id,
                                                     organisation_category, other_organisation_id,
                                                     other_organisation_category, detail, across_regions, first_of_youth)
                            select * from unnest(cast(:kinds as text[]), cast(:days as date[]), cast(:regions as text[]),
                                                 cast(:municipalities as text[]), cast(:organisations as uuid[]),
                                                 cast(:categories as text[]), cast(:others as uuid[]),
                                                 cast(:otherCategories as text[]), cast(:details as text[]),
                                                 cast(:across as boolean[]), cast(:first as boolean[]))
                            returning *),
                        rolled_up as (
                            insert into report_fact_month (%s, facts)
                            select %s, count(*) from fact group by %s)
                        select id from fact""".formatted(MONTH_COLUMNS, monthOf(""), MONTH_GROUP))
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
                .query(Long.class)
                .list();
    }

    /**
     * The fact was written before the person register said where the youth lives: it waits for that answer
     * (docs/adr/0040). The link goes when the answer comes, the youth is forgotten, or after a week.
     */
    void awaitMunicipality(long factId, YouthId youth) {
        jdbc.sql("insert into report_fact_awaiting_municipality (fact_id, youth_id) values (:fact, :youth)")
                .param("fact", factId)
                .param("youth", youth.value())
                .update();
    }

    /**
     * Ends the wait of the facts linked to a youth since before {@code before}: they keep "Onbekend", and no fact
     * stays linked to a youth for long (V73). @return how many links went
     */
    int endWaitsBefore(OffsetDateTime before) {
        return jdbc.sql("delete from report_fact_awaiting_municipality where waiting_since < :before")
                .param("before", before)
                .update();
    }

    /** Youths that facts wait for, the longest waiting first, at most {@code limit}. */
    List<YouthId> waitedFor(int limit) {
        return jdbc.sql("""
                        select youth_id from report_fact_awaiting_municipality
                        group by youth_id order by min(waiting_since) limit :limit""").param("limit", limit).query(Long.class).list().stream()
                .map(YouthId::new)
                .toList();
    }

    /**
     * Gives the facts that waited for the youth's municipality that municipality, and forgets the link; the monthly
     * roll-up moves them from their old municipality to the new one in the same statement.
     */
    int municipalityLearned(YouthId youth, String municipality) {
        return jdbc.sql("""
                        with done as (
                            delete from report_fact_awaiting_municipality where youth_id = :youth returning fact_id),
                        before as (select * from report_fact where id in (select fact_id from done)),
                        moved as (
                            update report_fact set municipality_code = :municipality
                            where id in (select id from before) returning id),
                        rolled_up as (
                            insert into report_fact_month (%1$s, facts)
                            select %1$s, sum(facts) from (
                                select %2$s, -1 as facts from before b
                                union all
                                select %3$s, 1 from before b) c
                            group by %4$s having sum(facts) <> 0)
                        select count(*) from moved""".formatted(
                                MONTH_COLUMNS,
                                monthOf("b."),
                                monthOf("b.").replace("b.municipality_code", "cast(:municipality as char(6))"),
                                MONTH_GROUP))
                .param("youth", youth.value())
                .param("municipality", municipality)
                .query(Integer.class)
                .single();
    }

    /**
     * Folds the rows appended to the monthly roll-up into one per month and combination (V75): every month with
     * appended rows is deleted and written again summed, in one statement. A row appended meanwhile by another
     * transaction is not seen by the delete and stays as it is, so no fact is lost or counted twice. @return how many
     * rows went
     */
    int compactMonths() {
        return jdbc.sql("""
                        with folded as (
                            delete from report_fact_month
                            where month in (select distinct month from report_fact_month where not compacted)
                            returning *),
                        written as (
                            insert into report_fact_month (%1$s, facts, compacted)
                            select %1$s, sum(facts), true from folded group by %2$s having sum(facts) <> 0)
                        select count(*) from folded""".formatted(MONTH_COLUMNS, MONTH_GROUP))
                .query(Integer.class)
                .single();
    }

    /** {@link #MONTH_COLUMNS} of a fact ({@code prefix}: its alias and a dot, or empty). */
    private static String monthOf(String prefix) {
        return ("date_trunc('month', %1$soccurred_on::timestamp)::date as month, %1$skind as kind,"
                        + " %1$sregion_code as region_code, %1$smunicipality_code as municipality_code,"
                        + " %1$sorganisation_id as organisation_id,"
                        + " %1$sorganisation_category as organisation_category,"
                        + " %1$sother_organisation_id as other_organisation_id,"
                        + " %1$sother_organisation_category as other_organisation_category, %1$sdetail as detail,"
                        + " %1$sacross_regions as across_regions, %1$sfirst_of_youth as first_of_youth")
                .formatted(prefix);
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
