// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.text.CollationKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.reporting.Report.Row;
import nl.verwijsindex.reporting.Report.RowKind;
import nl.verwijsindex.reporting.internal.FactReadModel;
import nl.verwijsindex.reporting.internal.FactReadModel.Count;
import nl.verwijsindex.reporting.internal.FactReadModel.OrganisationInFacts;
import nl.verwijsindex.reporting.internal.OrganisationRows;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-REPORTS: a year's report per month, quarter or year, per municipality, organisation, category or region, read
 * from the anonymous facts only, so a period never changes when retention deletes the signals behind it. An
 * organisation of one or two professionals is merged into "other" (its figures would be one professional's), and so
 * is a category whose organisations have one or two together. The exact counts go to {@link Publication} before
 * anyone sees them.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** The most professionals an organisation (or category) may have and still be merged into "other". */
    public static final int ONE_PROFESSIONAL_AT_MOST = 2;

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    private final FactReadModel facts;
    private final Directory directory;
    private final DirectoryAdministration directoryAdministration;
    private final Covenants covenants;
    /** The names' collation keys, kept between reports (at most a few megabytes; about 2,200 names in the benchmark). */
    private final CollationKeys collationKeys = new CollationKeys(16_384);

    Reports(
            FactReadModel facts,
            Directory directory,
            DirectoryAdministration directoryAdministration,
            Covenants covenants) {
        this.facts = facts;
        this.directory = directory;
        this.directoryAdministration = directoryAdministration;
        this.covenants = covenants;
    }

    public Report report(ReportScope scope, int year, Granularity granularity, Dimension dimension) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException(Kind.INVALID, "invalid-report-year", "Kies een jaar tussen 2000 en 2200.");
        }
        if (dimension == Dimension.REGION && scope.kind() != ReportScope.Kind.DEPLOYMENT) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-report-dimension",
                    "Een verdeling per regio is er alleen voor het overzicht van de hele verwijsindex.");
        }
        List<Count> counts;
        if (dimension == Dimension.ORGANISATION || dimension == Dimension.CATEGORY) {
            // One pass over the roll-up gives both the organisations to merge and the counts (issue 17).
            OrganisationRows rows = facts.organisationRows(scope, year, granularity);
            counts = rows.counts(dimension, merged(rows.organisations(), dimension));
        } else {
            counts = facts.counts(scope, year, granularity, dimension, Set.of());
        }
        List<String> periods = periods(year, granularity);
        Map<String, int[][]> byKey = new LinkedHashMap<>();
        int[][] total = empty(periods);
        // Each combination's measures once (issue 17): a month's report per organisation has about 100,000 counts.
        Map<Combination, List<Measure>> measures = new HashMap<>();
        for (Count c : counts) {
            add(
                    c.key().equals(FactReadModel.TOTAL) ? total : byKey.computeIfAbsent(c.key(), k -> empty(periods)),
                    c,
                    measures.computeIfAbsent(
                            new Combination(c.kind(), c.detail(), c.acrossRegions(), c.firstOfYouth()),
                            k -> FactMeasures.of(c)));
        }

        Function<String, String> names = names(dimension, byKey.keySet());
        List<Row> rows = new ArrayList<>(byKey.entrySet().stream()
                .filter(e ->
                        !e.getKey().equals(FactReadModel.OTHER) && !e.getKey().equals(FactReadModel.UNKNOWN))
                .map(e -> new Row(e.getKey(), names.apply(e.getKey()), RowKind.GROUP, withYear(e.getValue())))
                .toList());
        // Each name's collation key once (issue 17): the collator itself normalised both names again in every
        // comparison, most of the time of a report of two thousand organisations. The same order; two rows of the same
        // name by their key (before, by the order in which the counts came).
        Map<String, CollationKey> order = new HashMap<>();
        rows.forEach(row -> order.put(row.key(), collationKeys.of(row.name())));
        rows.sort(Comparator.<Row, CollationKey>comparing(row -> order.get(row.key()))
                .thenComparing(Row::key));
        if (byKey.containsKey(FactReadModel.OTHER)) {
            rows.add(new Row(
                    FactReadModel.OTHER,
                    dimension == Dimension.CATEGORY ? "Overige soorten organisaties" : "Overige organisaties",
                    RowKind.OTHER,
                    withYear(byKey.get(FactReadModel.OTHER))));
        }
        if (byKey.containsKey(FactReadModel.UNKNOWN)) {
            rows.add(new Row(
                    FactReadModel.UNKNOWN, "Onbekend", RowKind.UNKNOWN, withYear(byKey.get(FactReadModel.UNKNOWN))));
        }
        rows.add(new Row("TOTAL", "Totaal", RowKind.TOTAL, withYear(total)));
        return new Report(scope, year, granularity, dimension, periods, rows);
    }

    /** Organisations, or categories, of one or two professionals (together) in the facts. */
    private Set<String> merged(List<OrganisationInFacts> present, Dimension dimension) {
        Map<OrganisationId, Integer> professionals = directory.professionalCounts(present.stream()
                .map(o -> new OrganisationId(o.organisation()))
                .distinct()
                .toList());
        Map<String, Integer> perKey = new HashMap<>();
        Set<UUID> counted = new HashSet<>();
        for (OrganisationInFacts o : present) {
            String key = dimension == Dimension.ORGANISATION ? o.organisation().toString() : o.category();
            if (key != null && counted.add(o.organisation())) {
                perKey.merge(key, professionals.getOrDefault(new OrganisationId(o.organisation()), 0), Integer::sum);
            }
        }
        Set<String> merged = new HashSet<>();
        perKey.forEach((key, n) -> {
            if (n <= ONE_PROFESSIONAL_AT_MOST) {
                merged.add(key);
            }
        });
        return merged;
    }

    private Function<String, String> names(Dimension dimension, Set<String> keys) {
        Map<String, String> names = new HashMap<>();
        switch (dimension) {
            case MUNICIPALITY ->
                covenants
                        .regions()
                        .forEach(r ->
                                covenants.municipalitiesOf(r.code()).forEach(m -> names.put(m.cbsCode(), m.name())));
            case REGION -> covenants.regions().forEach(r -> names.put(r.code(), r.name()));
            case CATEGORY -> directoryAdministration.categories().forEach(c -> names.put(c.code(), c.name()));
            case ORGANISATION ->
                directory
                        .organisationNames(keys.stream()
                                .filter(k -> !k.equals(FactReadModel.OTHER) && !k.equals(FactReadModel.UNKNOWN))
                                .map(k -> new OrganisationId(UUID.fromString(k)))
                                .toList())
                        .forEach((id, name) -> names.put(id.value().toString(), name));
        }
        return key -> names.getOrDefault(key, key);
    }

    private static List<String> periods(int year, Granularity granularity) {
        List<String> periods = new ArrayList<>();
        switch (granularity) {
            case MONTH -> {
                for (int m = 1; m <= 12; m++) {
                    periods.add("%d-%02d".formatted(year, m));
                }
            }
            case QUARTER -> {
                for (int q = 1; q <= 4; q++) {
                    periods.add("%d-K%d".formatted(year, q));
                }
            }
            case YEAR -> {}
        }
        periods.add(Integer.toString(year));
        return periods;
    }

    private static int[][] empty(List<String> periods) {
        return new int[periods.size()][Measure.values().length];
    }

    /** The year (last) is the sum of its periods: every fact falls in exactly one. */
    private static int[][] withYear(int[][] counts) {
        int year = counts.length - 1;
        if (year > 0) {
            for (int p = 0; p < year; p++) {
                for (int m = 0; m < counts[p].length; m++) {
                    counts[year][m] += counts[p][m];
                }
            }
        }
        return counts;
    }

    /** What {@link FactMeasures#of} depends on. */
    private record Combination(FactKind kind, String detail, boolean acrossRegions, boolean firstOfYouth) {}

    private static void add(int[][] counts, Count c, List<Measure> measures) {
        int period = counts.length == 1 ? 0 : c.period() - 1;
        for (Measure m : measures) {
            counts[period][m.ordinal()] += c.count();
        }
    }
}
