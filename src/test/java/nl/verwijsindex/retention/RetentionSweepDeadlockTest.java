// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.signal.SignalInforming;
import nl.verwijsindex.signal.SignalRetention;
import nl.verwijsindex.signal.SignalRetention.Held;

/**
 * R-ARCHIVE-5Y: a batch of the sweep that PostgreSQL chose as a deadlock's victim (its cascade to a deleted signal's
 * notices met their delivery being recorded, as seen once in CI) is tried again, and the sweep goes on to the other
 * rules.
 */
class RetentionSweepDeadlockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final SignalRetention signals = mock(SignalRetention.class);
    private final SignalInforming informing = mock(SignalInforming.class);
    private final RetentionSweep sweep = new RetentionSweep(
            signals,
            informing,
            mock(DeletionProofs.class),
            new TransactionTemplate(mock(PlatformTransactionManager.class)),
            Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void R_ARCHIVE_5Y_aBatchThatLostADeadlockIsTriedAgainAndTheSweepGoesOn() {
        when(signals.deleteArchiveDue(eq(TODAY), anyInt(), eq(Held.SKIP)))
                .thenThrow(new PessimisticLockingFailureException("deadlock detected"))
                .thenReturn(List.of());
        when(signals.deleteArchiveDue(eq(TODAY), anyInt(), eq(Held.WAIT))).thenReturn(List.of());
        when(signals.deleteOfYouthsAged23(any(), anyInt(), any())).thenReturn(List.of());

        RetentionSweep.Result result = sweep.sweep(TODAY);

        assertThat(result.deletedAfterArchive()).isZero();
        verify(signals, times(2)).deleteArchiveDue(TODAY, RetentionSweep.BATCH, Held.SKIP);
        verify(signals).expireDue(eq(TODAY), anyInt(), eq(Held.SKIP));
        verify(informing).remindLookAgainDue(eq(TODAY), anyInt(), eq(Held.WAIT));
    }
}
