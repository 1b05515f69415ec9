// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.ViNumber;

/**
 * A signal brought over from another system (issue 18, ADR 0031), with the dates and state it had there. The
 * youth is named by exactly one of {@code bsn} and {@code number}.
 *
 * @param source        the name of the system the signal came from (the exchange file's header)
 * @param endReason     for an archived signal: {@link EndReason#RISK_GONE} or {@link EndReason#EXPIRED}
 * @param endedAt       for an archived signal
 * @param archivedUntil for an archived signal (R-ARCHIVE-5Y)
 */
public record ImportedSignal(
        SignalId id,
        Optional<Bsn> bsn,
        Optional<ViNumber> number,
        LocalDate birthDate,
        ProfessionalId professional,
        String regionCode,
        OffsetDateTime registeredAt,
        LocalDate activeUntil,
        SignalStatus status,
        EndReason endReason,
        OffsetDateTime endedAt,
        LocalDate archivedUntil,
        String source) {

    public ImportedSignal {
        if (bsn.isPresent() == number.isPresent()) {
            throw new IllegalArgumentException("a youth by BSN or by verwijsindex number, not both or neither");
        }
    }

    @Override
    public String toString() {
        return "ImportedSignal[" + id + ", " + status + "]";
    }
}
