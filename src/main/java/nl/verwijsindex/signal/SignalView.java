// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthId;

/**
 * A signal as its own professional and organisation see it.
 *
 * @param bsn      null when the youth has none (R-NOBSN) or the organisation may not use it (R-BSN-HIDDEN)
 * @param viNumber the verwijsindex number of a youth without a BSN, otherwise null
 * @param youthId  the index's own id of the youth, to fetch what the person register shows; never for a URL
 */
public record SignalView(
        SignalId id,
        Bsn bsn,
        String viNumber,
        YouthId youthId,
        ProfessionalId professionalId,
        String regionCode,
        OffsetDateTime registeredAt,
        LocalDate activeUntil,
        SignalStatus status,
        OffsetDateTime endedAt,
        EndReason endReason,
        LocalDate archivedUntil) {}
