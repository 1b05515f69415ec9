// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * Follow-up figures: for the matches made in a period, how many were consulted within their deadline, late, not
 * yet or too late (overdue), and how many working days consultation took (median, 90th percentile). Matches are
 * counted as table 3.1 of seed 003 counts them: every pair of signals is one match (three signals on one youth
 * are three), by kind (youth, family) and within or across covenant regions. Per municipality (the case's) and
 * per organisation (a match counts once for each organisation in it). Counts only, nothing that leads back to a
 * youth or a professional (R-REPORTS).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpFigures {

    /** Shown even when there are none, as in table 3.1. */
    static final List<String> KINDS = List.of("YOUTH", "FAMILY");

    private static final String MATCHES = """
            select %s as key, cm.kind, cm.across_regions, cm.due_on, cm.consulted_at, cm.consulted_working_days,
                   cm.escalated_at
            from coordination_match cm join coordination_case cc on cc.match_case_id = cm.match_case_id
            %s
            where %s and cm.matched_on between :from and :to""";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Covenants covenants;
    private final Clock clock;

    FollowUpFigures(JdbcClient jdbc, Directory directory, Covenants covenants, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.covenants = covenants;
        this.clock = clock;
    }

    /** For the region coordinator: the region's cases, per municipality and per organisation. */
    public Report ofRegion(String regionCode, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Map<String, String> municipalityNames = covenants.municipalitiesOf(regionCode).stream()
                .collect(Collectors.toMap(Municipality::cbsCode, Municipality::name));
        String scope = "cc.region_code = :scope";
        return new Report(
                regionCode,
                from,
                to,
                total(scope, regionCode, from, to),
                named(grouped("cc.municipality_code", "", scope, regionCode, from, to), municipalityNames::get),
                byOrganisation(scope, regionCode, from, to),
                byMonth(scope, regionCode, from, to));
    }

    /** For the municipal supervisor: their municipality's cases, per organisation. */
    public Report ofMunicipality(String municipalityCode, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        String scope = "cc.municipality_code = :scope";
        return new Report(
                municipalityCode,
                from,
                to,
                total(scope, municipalityCode, from, to),
                List.of(),
                byOrganisation(scope, municipalityCode, from, to),
                byMonth(scope, municipalityCode, from, to));
    }

    private Figures total(String scope, String value, LocalDate from, LocalDate to) {
        return grouped("'all'", "", scope, value, from, to).getOrDefault("all", Figures.none());
    }

    /** Per month in which the matches were made (key {@code 2026-03}); months without matches are left out. */
    private List<Group> byMonth(String scope, String value, LocalDate from, LocalDate to) {
        return named(grouped("to_char(cm.matched_on, 'YYYY-MM')", "", scope, value, from, to), month -> month);
    }

    private List<Group> byOrganisation(String scope, String value, LocalDate from, LocalDate to) {
        Map<String, Figures> figures = grouped(
                "o.organisation::text",
                "cross join lateral (select distinct unnest(array[cm.organisation_a, cm.organisation_b]) as organisation) o",
                scope,
                value,
                from,
                to);
        Map<OrganisationId, String> names = directory.organisationNames(figures.keySet().stream()
                .map(id -> new OrganisationId(UUID.fromString(id)))
                .toList());
        return named(figures, id -> names.get(new OrganisationId(UUID.fromString(id))));
    }

    /** The figures per key; the SQL parts are fixed strings of this class, never input. */
    private Map<String, Figures> grouped(
            String key, String join, String scope, String value, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        String zone = clock.getZone().getId();
        Map<String, Figures> result = new LinkedHashMap<>();
        Map<String, List<KindCount>> kinds = new LinkedHashMap<>();
        jdbc.sql(
                        "select key, kind, count(*) filter (where not across_regions) as within, count(*) filter (where across_regions) as across "
                                + "from (" + MATCHES.formatted(key, join, scope) + ") m group by key, kind")
                .param("scope", value)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> Map.entry(
                        Objects.toString(rs.getString("key"), "unknown"),
                        new KindCount(rs.getString("kind"), rs.getInt("within"), rs.getInt("across"))))
                .list()
                .forEach(e -> kinds.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        jdbc.sql("""
                        select key, count(*) as matches,
                               count(*) filter (where consulted_at is not null and (consulted_at at time zone :zone)::date <= due_on) as in_time,
                               count(*) filter (where consulted_at is not null and (consulted_at at time zone :zone)::date > due_on) as late,
                               count(*) filter (where consulted_at is null and due_on < :today) as overdue,
                               count(*) filter (where consulted_at is null and due_on >= :today) as open,
                               count(*) filter (where escalated_at is not null) as escalated,
                               percentile_cont(0.5) within group (order by consulted_working_days) as median,
                               percentile_cont(0.9) within group (order by consulted_working_days) as p90
                        from (""" + MATCHES.formatted(key, join, scope) + ") m group by key")
                .param("scope", value)
                .param("from", from)
                .param("to", to)
                .param("zone", zone)
                .param("today", today)
                .query((rs, n) -> {
                    String k = Objects.toString(rs.getString("key"), "unknown");
                    return Map.entry(
                            k,
                            new Figures(
                                    rs.getInt("matches"),
                                    withAllKinds(kinds.getOrDefault(k, List.of())),
                                    rs.getInt("in_time"),
                                    rs.getInt("late"),
                                    rs.getInt("overdue"),
                                    rs.getInt("open"),
                                    rs.getInt("escalated"),
                                    (Double) rs.getObject("median"),
                                    (Double) rs.getObject("p90")));
                })
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static List<KindCount> withAllKinds(List<KindCount> counted) {
        Map<String, KindCount> byKind =
                counted.stream().collect(Collectors.toMap(KindCount::kind, Function.identity()));
        List<KindCount> all = new ArrayList<>();
        KINDS.forEach(kind -> all.add(byKind.getOrDefault(kind, new KindCount(kind, 0, 0))));
        counted.stream()
                .filter(c -> !KINDS.contains(c.kind()))
                .sorted(Comparator.comparing(KindCount::kind))
                .forEach(all::add);
        return all;
    }

    private static List<Group> named(Map<String, Figures> figures, Function<String, String> names) {
        return figures.entrySet().stream()
                .map(e -> new Group(e.getKey(), names.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Group::key))
                .toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new DomainException(Kind.INVALID, "invalid-period", "De begindatum ligt na de einddatum.");
        }
    }

    /** Figures for a region or municipality, in total and per group. */
    /** @param byMonth per month in which the matches were made, for a chart over time */
    public record Report(
            String scope,
            LocalDate from,
            LocalDate to,
            Figures total,
            List<Group> byMunicipality,
            List<Group> byOrganisation,
            List<Group> byMonth) {}

    /** @param key a CBS municipality code, an organisation id or a month ({@code 2026-03}) */

    /** @param key a CBS municipality code or an organisation id */
    public record Group(String key, String name, Figures figures) {}

    /** Matches of one kind, within one covenant region or across two (table 3.1). */
    public record KindCount(String kind, int withinRegion, int acrossRegions) {}

    /**
     * @param consultedInTime      consulted on or before the deadline
     * @param consultedLate        consulted after the deadline
     * @param overdue              not consulted, and the deadline has passed
     * @param open                 not consulted, the deadline still to come
     * @param escalated            escalated to the municipal supervisor
     * @param medianWorkingDays    working days from match to consultation, of those consulted; null when none were
     */
    public record Figures(
            int matches,
            List<KindCount> matchesByKind,
            int consultedInTime,
            int consultedLate,
            int overdue,
            int open,
            int escalated,
            Double medianWorkingDays,
            Double p90WorkingDays) {

        static Figures none() {
            return new Figures(0, withAllKinds(List.of()), 0, 0, 0, 0, 0, null, null);
        }
    }
}
