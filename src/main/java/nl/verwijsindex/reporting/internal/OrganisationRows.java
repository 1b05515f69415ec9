// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.FactKind;
import nl.verwijsindex.reporting.internal.FactReadModel.Count;
import nl.verwijsindex.reporting.internal.FactReadModel.OrganisationInFacts;

/**
 * A scope's rows of a year's roll-up for a report per organisation or category, read once (issue 17): the
 * organisations present and the counts per period and key come from the same rows, so a report needs no second pass
 * for the organisations it merges into "other", and the counting and merging happen here in one pass instead of in a
 * grouping-sets query with a {@code union all}. The same counts as that query gave (FactMonthRollUpTest compares them
 * with the facts).
 */
public final class OrganisationRows {

    private final List<OrganisationRow> rows;

    OrganisationRows(List<OrganisationRow> rows) {
        this.rows = rows;
    }

    /** The organisations (and their categories) of the rows, first or second, each pair once. */
    public List<OrganisationInFacts> organisations() {
        Set<Present> seen = new LinkedHashSet<>();
        for (OrganisationRow row : rows) {
            if (row.organisation() != null) {
                seen.add(new Present(row.organisation(), row.organisationCategory()));
            }
            if (row.otherOrganisation() != null) {
                seen.add(new Present(row.otherOrganisation(), row.otherOrganisationCategory()));
            }
        }
        List<OrganisationInFacts> organisations = new ArrayList<>(seen.size());
        for (Present o : seen) {
            organisations.add(new OrganisationInFacts(UUID.fromString(o.organisation()), o.category()));
        }
        return organisations;
    }

    private record Present(String organisation, String category) {}

    /**
     * The facts counted per period and key, and per period under {@link FactReadModel#TOTAL} for the total, without
     * the combinations that sum to 0. A fact's first organisation (or category) is always a key ({@link
     * FactReadModel#UNKNOWN} when it has none), its second one as well when present and another key; a key in {@code
     * merged} counts as {@link FactReadModel#OTHER}. The total counts each fact once.
     */
    public List<Count> counts(Dimension dimension, Collection<String> merged) {
        if (dimension != Dimension.ORGANISATION && dimension != Dimension.CATEGORY) {
            throw new IllegalArgumentException("per organisation or category only, not " + dimension);
        }
        boolean byOrganisation = dimension == Dimension.ORGANISATION;
        Set<String> other = merged instanceof Set<String> set ? set : new HashSet<>(merged);
        Map<Group, long[]> sums = new HashMap<>();
        for (OrganisationRow row : rows) {
            String first = key(byOrganisation ? row.organisation() : row.organisationCategory(), other);
            String second = key(byOrganisation ? row.otherOrganisation() : row.otherOrganisationCategory(), other);
            add(sums, row, first == null ? FactReadModel.UNKNOWN : first);
            if (second != null && !second.equals(first == null ? FactReadModel.UNKNOWN : first)) {
                add(sums, row, second);
            }
            add(sums, row, FactReadModel.TOTAL);
        }
        Map<String, FactKind> kinds = new HashMap<>();
        List<Count> counts = new ArrayList<>(sums.size());
        sums.forEach((g, n) -> {
            if (n[0] != 0) {
                counts.add(new Count(
                        g.period(),
                        g.key(),
                        kinds.computeIfAbsent(g.kind(), FactKind::valueOf),
                        g.detail(),
                        g.acrossRegions(),
                        g.firstOfYouth(),
                        Math.toIntExact(n[0])));
            }
        });
        return counts;
    }

    private static String key(String value, Set<String> merged) {
        return value != null && merged.contains(value) ? FactReadModel.OTHER : value;
    }

    private static void add(Map<Group, long[]> sums, OrganisationRow row, String key) {
        sums.computeIfAbsent(
                                new Group(
                                        row.period(),
                                        key,
                                        row.kind(),
                                        row.detail(),
                                        row.acrossRegions(),
                                        row.firstOfYouth()),
                                g -> new long[1])[0] +=
                row.facts();
    }

    private record Group(
            int period, String key, String kind, String detail, boolean acrossRegions, boolean firstOfYouth) {}

    /** One row of a roll-up: organisations as text, the period 1-based within the year, {@code facts} its count. */
    record OrganisationRow(
            int period,
            String organisation,
            String organisationCategory,
            String otherOrganisation,
            String otherOrganisationCategory,
            String kind,
            String detail,
            boolean acrossRegions,
            boolean firstOfYouth,
            long facts) {}
}
