// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

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

    private String read(String key) {
        return key + " " + reads.incrementAndGet();
    }
}
