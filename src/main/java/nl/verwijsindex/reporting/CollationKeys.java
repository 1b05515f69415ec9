// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Dutch collation key of each row name, kept between reports (issue 17): a report over all organisations sorts
 * about 2,200 names, and making their keys again was about a tenth of its work (async-profiler, bench/README.md,
 * "Spreadsheets written by FastExcel"). A key is a function of the name alone, so nothing goes stale; a renamed
 * organisation is another name. At most {@code kept} names are held; past that the map starts again. The names are
 * those of organisations, categories, municipalities and regions, never of a person.
 */
final class CollationKeys {

    /** One collator for every key, so that any two keys compare as the collator would compare their names. */
    private final Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));

    private final int kept;
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    CollationKeys(int kept) {
        this.kept = kept;
    }

    CollationKey of(String name) {
        CollationKey key = keys.get(name);
        if (key != null) {
            return key;
        }
        if (keys.size() >= kept) {
            keys.clear();
        }
        synchronized (dutch) { // a collator is not made for several threads at once
            key = dutch.getCollationKey(name);
        }
        keys.put(name, key);
        return key;
    }
}
