// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.youth.YouthId;

/**
 * Writes the anonymous report facts and their monthly roll-ups ({@code report_fact_month}, V75, and the coarser ones
 * of V78, docs/adr/0048) in the same statements; the one place with SQL that writes any of them.
 */
@Component
class FactStore {

    /** The parts of the statements that keep the roll-ups, written once. */
    private static final String APPENDED = appended();

    private static final String MOVED = moved();

    /** Issue 18: the statements are made once, not formatted again for every insert. */
    private static final String INSERT = """
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
                        waiting as (
                            insert into report_fact_awaiting_municipality (fact_id, youth_id)
                            select id, cast(:awaiting as bigint) from fact where cast(:awaiting as bigint) is not null)%s
                        select id from fact""".formatted(APPENDED);

    private static final String MUNICIPALITY_LEARNED = """
                        with done as (
                            delete from report_fact_awaiting_municipality where youth_id = :youth returning fact_id),
                        before as (select * from report_fact where id in (select fact_id from done)),
                        moved as (
                            update report_fact set municipality_code = :municipality
                            where id in (select id from before) returning id)%s
                        select count(*) from moved""".formatted(MOVED);

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new facts' ids (in no particular order) */
    List<Long> insert(List<Fact> facts) {
        return insert(facts, null);
    }

    /**
     * As {@link #insert(List)}; with a youth, every new fact waits for that youth's municipality: it was written before
     * the person register said where the youth lives (docs/adr/0040). The link goes when the answer comes, the youth is
     * forgotten, or after a week; it is written in the same statement (issue 18: a statement of its own for each link
     * before).
     *
     * @param awaitingMunicipalityOf null when the facts have their municipality, or will not get one
     */
    List<Long> insert(List<Fact> facts, YouthId awaitingMunicipalityOf) {
        if (facts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(INSERT)
                .param("awaiting", awaitingMunicipalityOf == null ? null : awaitingMunicipalityOf.value())
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
     * roll-ups with a municipality move them from their old municipality to the new one in the same statement.
     */
    int municipalityLearned(YouthId youth, String municipality) {
        return jdbc.sql(MUNICIPALITY_LEARNED)
                .param("youth", youth.value())
                .param("municipality", municipality)
                .query(Integer.class)
                .single();
    }

    /**
     * Folds the rows appended to each monthly roll-up into one per month and combination (V75, V78): every month with
     * appended rows is deleted and written again summed, in one statement per roll-up. A row appended meanwhile by
     * another transaction is not seen by the delete and stays as it is, so no fact is lost or counted twice. @return
     * how many rows went
     */
    int compactMonths() {
        int folded = 0;
        for (RollUp r : RollUp.values()) {
            folded += jdbc.sql("""
                            with folded as (
                                delete from %1$s
                                where month in (select distinct month from %1$s where not compacted)
                                returning *),
                            written as (
                                insert into %1$s (%2$s, facts, compacted)
                                select %2$s, sum(facts), true from folded group by %3$s having sum(facts) <> 0)
                            select count(*) from folded""".formatted(r.table(), r.columnList(), r.groupBy()))
                    .query(Integer.class)
                    .single();
        }
        return folded;
    }

    /** The common table expressions that append the new facts ({@code fact}) to each roll-up. */
    private static String appended() {
        StringBuilder parts = new StringBuilder();
        for (RollUp r : RollUp.values()) {
            parts.append(
                    """
                    ,
                    rolled_up_%s as (
                        insert into %s (%s, facts)
                        select %s, count(*) from fact group by %s)""".formatted(r.name().toLowerCase(Locale.ROOT), r.table(), r.columnList(), r.of(""), r.groupBy()));
        }
        return parts.toString();
    }

    /**
     * The common table expressions that move the facts {@code before} to the municipality {@code :municipality} in
     * each roll-up that has one: -1 for the old combination, +1 for the new.
     */
    private static String moved() {
        StringBuilder parts = new StringBuilder();
        for (RollUp r : RollUp.values()) {
            if (!r.hasMunicipality()) {
                continue; // its rows do not change when a fact's municipality does
            }
            parts.append("""
                    ,
                    rolled_up_%1$s as (
                        insert into %2$s (%3$s, facts)
                        select %3$s, sum(facts) from (
                            select %4$s, -1 as facts from before b
                            union all
                            select %5$s, 1 from before b) c
                        group by %6$s having sum(facts) <> 0)""".formatted(
                            r.name().toLowerCase(Locale.ROOT),
                            r.table(),
                            r.columnList(),
                            r.of("b."),
                            r.of("b.").replace("b.municipality_code", "cast(:municipality as char(6))"),
                            r.groupBy()));
        }
        return parts.toString();
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
