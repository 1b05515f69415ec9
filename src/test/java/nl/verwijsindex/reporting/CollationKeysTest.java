// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * R-REPORTS (issue 17, speed): the collation keys kept between reports order the names exactly as a Dutch collator
 * of their own does, also when more names come than are kept and the keys are made again.
 */
class CollationKeysTest {

    @Test
    void R_REPORTS_namesKeptBetweenReportsSortAsTheDutchCollatorSortsThem() {
        String[] parts = {
            "Jeugdteam",
            "jeugdteam",
            "Één",
            "Een",
            "eén",
            "Café",
            "Cafe",
            "Ĳsselstein",
            "IJsselstein",
            "Zorg",
            "zorg",
            "Ünïcödé",
            "'s-Hertogenbosch",
            "De Hoek",
            "de hoek",
            "10",
            "9",
            "Overige",
            "ä",
            "a",
            "b"
        };
        Random random = new Random(17);
        CollationKeys kept = new CollationKeys(25); // fewer than the names: the map starts again during each report
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        for (int report = 0; report < 20; report++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                names.add(parts[random.nextInt(parts.length)] + " " + parts[random.nextInt(parts.length)]);
            }
            List<String> byKeptKeys = new ArrayList<>(names);
            byKeptKeys.sort(Comparator.comparing(kept::of));
            List<String> byCollator = new ArrayList<>(names);
            byCollator.sort(dutch);

            assertThat(byKeptKeys).isEqualTo(byCollator);
            for (String name : names) {
                assertThat(kept.of(name).getSourceString()).isEqualTo(name);
            }
        }
    }
}
