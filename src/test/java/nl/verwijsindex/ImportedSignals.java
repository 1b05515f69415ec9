// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.ImportedSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.youth.Bsn;

/**
 * Signals as an import brings them, for the tests of the batch import and of its carried-over matches: on a youth of
 * ten, registered three months ago, active for a year; an archived one ended a month after its registration (the
 * risk gone) and is kept five years from today.
 */
public final class ImportedSignals {

    private ImportedSignals() {}

    public static ImportedSignal of(
            Bsn bsn, ProfessionalId professional, String region, SignalStatus status, String source, Clock clock) {
        OffsetDateTime registered = OffsetDateTime.now(clock).minusMonths(3).withNano(0);
        boolean archived = status == SignalStatus.ARCHIVED;
        return new ImportedSignal(
                new SignalId(UUID.randomUUID()),
                Optional.of(bsn),
                Optional.empty(),
                LocalDate.now(clock).minusYears(10),
                professional,
                region,
                registered,
                registered.toLocalDate().plusYears(1),
                status,
                archived ? EndReason.RISK_GONE : null,
                archived ? registered.plusMonths(1) : null,
                archived ? LocalDate.now(clock).plusYears(5) : null,
                source);
    }

    /** The same signal under a new id: what a file that holds one signal twice brings. */
    public static ImportedSignal again(ImportedSignal signal) {
        return new ImportedSignal(
                new SignalId(UUID.randomUUID()),
                signal.bsn(),
                signal.number(),
                signal.birthDate(),
                signal.professional(),
                signal.regionCode(),
                signal.registeredAt(),
                signal.activeUntil(),
                signal.status(),
                signal.endReason(),
                signal.endedAt(),
                signal.archivedUntil(),
                signal.source());
    }
}
