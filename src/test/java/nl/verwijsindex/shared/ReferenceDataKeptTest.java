// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** Issue 18, ADR 0060: what is kept, and what a change or a lost connection makes forgotten, without a database. */
class ReferenceDataKeptTest {

    private final ReferenceData reference = new ReferenceData(mock(DataSource.class), false, Duration.ofSeconds(5));
    private final ReferenceData.Kept<String, String> kept = reference.kept();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void whileListeningAValueIsReadOnceUntilAChange() {
        reference.listening(true);
        assertThat(kept.get("region", this::read)).isEqualTo("region 1");
        assertThat(kept.get("region", this::read)).isEqualTo("region 1");
        assertThat(reads).hasValue(1);
        reference.changed();
        assertThat(kept.get("region", this::read)).isEqualTo("region 2");
    }

    @Test
    void aValueReadWhileAChangeWasAnnouncedIsNotKept() {
        reference.listening(true);
        // the change is announced after the read began and before it is kept: what it read may be the old value
        assertThat(kept.get("region", key -> {
                    String value = read(key);
                    reference.changed();
                    return value;
                }))
                .isEqualTo("region 1");
        assertThat(kept.get("region", this::read)).as("read again").isEqualTo("region 2");
        assertThat(kept.get("region", this::read)).as("kept now").isEqualTo("region 2");
    }

    @Test
    void withoutListeningEveryCallReads() {
        assertThat(kept.get("region", this::read)).isEqualTo("region 1");
        assertThat(kept.get("region", this::read)).isEqualTo("region 2");
        reference.listening(true);
        assertThat(kept.get("region", this::read)).isEqualTo("region 3");
        reference.listening(false);
        assertThat(kept.get("region", this::read))
                .as("a lost connection forgets")
                .isEqualTo("region 4");
    }

    /** Issue 18, docs/adr/0060: several keys at once, the missing ones in one read. */
    @Test
    void severalAtOnceReadOnlyThoseNotKeptInOneRead() {
        reference.listening(true);
        List<List<String>> asked = new ArrayList<>();
        Function<List<String>, Map<String, String>> readAll = keys -> {
            asked.add(keys);
            Map<String, String> found = new HashMap<>();
            keys.stream().filter(key -> !key.equals("unknown")).forEach(key -> found.put(key, read(key)));
            return found;
        };

        assertThat(kept.getAll(List.of("a", "b", "a"), readAll)).containsOnlyKeys("a", "b");
        assertThat(kept.getAll(List.of("a", "c", "unknown"), readAll))
                .containsEntry("a", "a 1")
                .containsEntry("c", "c 3")
                .doesNotContainKey("unknown");
        assertThat(asked).containsExactly(List.of("a", "b"), List.of("c", "unknown"));

        reference.changed();
        assertThat(kept.getAll(List.of("a"), readAll)).containsEntry("a", "a 4");
        reference.listening(false);
        kept.getAll(List.of("a"), readAll);
        kept.getAll(List.of("a"), readAll);
        assertThat(asked).as("not listening: every call reads").hasSize(5);
    }

    private String read(String key) {
        return key + " " + reads.incrementAndGet();
    }
}
