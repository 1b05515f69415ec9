// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The rows column by column (issue 17, speed): each organisation id and category a number in {@link #values}, each
     * combination of kind, detail and the two flags one in {@link #combinations}, -1 for none. A month's report over
     * every organisation reads about 86,000 rows; kept as objects with their texts they were tens of megabytes that
     * lived through the whole request.
     */
    private final List<String> values = new ArrayList<>();

    private final Map<String, Integer> valueIds = new HashMap<>();
    private final List<Combination> combinations = new ArrayList<>();
    private final Map<Combination, Integer> combinationIds = new HashMap<>();
    private int size;
    private int[] periods = new int[1024];
    private int[] organisations = new int[1024];
    private int[] categories = new int[1024];
    private int[] otherOrganisations = new int[1024];
    private int[] otherCategories = new int[1024];
    private int[] kinds = new int[1024];
    private long[] facts = new long[1024];

    OrganisationRows() {}

    /** Adds a row of the roll-up. */
    void add(OrganisationRow row) {
        if (size == periods.length) {
            int grown = size * 2;
            periods = Arrays.copyOf(periods, grown);
            organisations = Arrays.copyOf(organisations, grown);
            categories = Arrays.copyOf(categories, grown);
            otherOrganisations = Arrays.copyOf(otherOrganisations, grown);
            otherCategories = Arrays.copyOf(otherCategories, grown);
            kinds = Arrays.copyOf(kinds, grown);
            facts = Arrays.copyOf(facts, grown);
        }
        periods[size] = row.period();
        organisations[size] = value(row.organisation());
        categories[size] = value(row.organisationCategory());
        otherOrganisations[size] = value(row.otherOrganisation());
        otherCategories[size] = value(row.otherOrganisationCategory());
        Combination combination = new Combination(row.kind(), row.detail(), row.acrossRegions(), row.firstOfYouth());
        Integer known = combinationIds.get(combination);
        if (known == null) {
            known = combinations.size();
            combinationIds.put(combination, known);
            combinations.add(combination);
        }
        kinds[size] = known;
        facts[size] = row.facts();
        size++;
    }

    private int value(String value) {
        if (value == null) {
            return -1;
        }
        Integer known = valueIds.get(value);
        if (known == null) {
            known = values.size();
            valueIds.put(value, known);
            values.add(value);
        }
        return known;
    }

    /** The organisations (and their categories) of the rows, first or second, each pair once. */
    public List<OrganisationInFacts> organisations() {
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            if (organisations[i] >= 0) {
                seen.add(pair(organisations[i], categories[i]));
            }
            if (otherOrganisations[i] >= 0) {
                seen.add(pair(otherOrganisations[i], otherCategories[i]));
            }
        }
        List<OrganisationInFacts> present = new ArrayList<>(seen.size());
        for (long pair : seen) {
            int category = (int) pair;
            present.add(new OrganisationInFacts(
                    UUID.fromString(values.get((int) (pair >>> 32))), category < 0 ? null : values.get(category)));
        }
        return present;
    }

    private static long pair(int organisation, int category) {
        return ((long) organisation << 32) | (category & 0xFFFFFFFFL);
    }

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
        // Issue 17 (speed): each value's key once, and the sums under one long per period, key and combination
        // instead of a record per row.
        Keys keys = new Keys();
        int unknown = keys.id(FactReadModel.UNKNOWN);
        int total = keys.id(FactReadModel.TOTAL);
        int[] keyOfValue = new int[values.size()];
        Arrays.fill(keyOfValue, -1);
        int[] firsts = byOrganisation ? organisations : categories;
        int[] seconds = byOrganisation ? otherOrganisations : otherCategories;
        LongSums sums = new LongSums(Math.max(16, size * 2));
        for (int i = 0; i < size; i++) {
            int first = firsts[i] < 0 ? unknown : key(firsts[i], keyOfValue, keys, other);
            int second = seconds[i] < 0 ? -1 : key(seconds[i], keyOfValue, keys, other);
            long at = ((long) periods[i] << 52) | ((long) kinds[i] << 26);
            sums.add(at | first, facts[i]);
            if (second >= 0 && second != first) {
                sums.add(at | second, facts[i]);
            }
            sums.add(at | total, facts[i]);
        }
        Map<String, FactKind> factKinds = new HashMap<>();
        List<Count> counts = new ArrayList<>(sums.size());
        sums.forEach((packed, n) -> {
            if (n != 0) {
                Combination c = combinations.get((int) ((packed >>> 26) & MASK));
                counts.add(new Count(
                        (int) (packed >>> 52),
                        keys.name((int) (packed & MASK)),
                        factKinds.computeIfAbsent(c.kind(), FactKind::valueOf),
                        c.detail(),
                        c.acrossRegions(),
                        c.firstOfYouth(),
                        Math.toIntExact(n)));
            }
        });
        return counts;
    }

    /** The key of a value: its own, or {@link FactReadModel#OTHER} when merged; looked up once per value. */
    private int key(int value, int[] keyOfValue, Keys keys, Set<String> merged) {
        int key = keyOfValue[value];
        if (key < 0) {
            String text = values.get(value);
            key = keys.id(merged.contains(text) ? FactReadModel.OTHER : text);
            keyOfValue[value] = key;
        }
        return key;
    }

    /** 26 bits: a key's or combination's number within a packed sum's long. */
    private static final long MASK = (1L << 26) - 1;

    private record Combination(String kind, String detail, boolean acrossRegions, boolean firstOfYouth) {}

    /** The row keys by number. */
    private static final class Keys {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String key) {
            return ids.computeIfAbsent(key, k -> {
                names.add(k);
                return names.size() - 1;
            });
        }

        String name(int id) {
            return names.get(id);
        }
    }

    /** Sums per packed long (never negative), in open addressing with linear probing. */
    private static final class LongSums {

        private long[] keys;
        private long[] sums;
        private boolean[] used;
        private int size;

        LongSums(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1);
            keys = new long[capacity];
            sums = new long[capacity];
            used = new boolean[capacity];
        }

        void add(long key, long n) {
            int mask = keys.length - 1;
            int i = spread(key) & mask;
            while (used[i]) {
                if (keys[i] == key) {
                    sums[i] += n;
                    return;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            sums[i] = n;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        int size() {
            return size;
        }

        void forEach(Each each) {
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    each.accept(keys[i], sums[i]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldSums = sums;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            sums = new long[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    add(oldKeys[i], oldSums[i]);
                }
            }
        }

        interface Each {
            void accept(long key, long sum);
        }

        private static int spread(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

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
