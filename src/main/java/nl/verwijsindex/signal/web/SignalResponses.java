// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.signal.ArchiveHit;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalView;

/** What the signal operations answer (R-DATA, R-VISIBLE): no reason, nothing of another youth. */
final class SignalResponses {

    private SignalResponses() {}

    /** @param person from the person register, now; the address is left out when it is secret (R-SECRET) */
    record SignalDetailResponse(@JsonUnwrapped SignalResponse signal, PersonDetails.Details person) {}

    /**
     * @param bsn      absent when the organisation may not use the BSN (R-BSN-HIDDEN) or the youth has none
     * @param viNumber the verwijsindex number of a youth without a BSN (R-NOBSN)
     */
    record SignalResponse(
            String id,
            String bsn,
            String viNumber,
            String professionalId,
            String regionCode,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            String status,
            OffsetDateTime endedAt,
            String endReason,
            LocalDate archivedUntil) {

        static SignalResponse of(SignalView v) {
            return new SignalResponse(
                    v.id().toString(),
                    v.bsn() == null ? null : v.bsn().value(),
                    v.viNumber(),
                    v.professionalId().toString(),
                    v.regionCode(),
                    v.registeredAt(),
                    v.activeUntil(),
                    v.status().name(),
                    v.endedAt(),
                    v.endReason() == null ? null : v.endReason().name(),
                    v.archivedUntil());
        }

        @Override
        public String toString() {
            return "SignalResponse[" + id + "]";
        }
    }

    record RegistrationResponse(SignalResponse signal, String result, List<ArchiveHitResponse> archiveHits) {}

    /** R-ARCHIVE-HIT: who had an earlier signal on this youth, shown this once. */
    record ArchiveHitResponse(
            String professionalName,
            String professionalEmail,
            String professionalPhone,
            String organisationName,
            OffsetDateTime registeredAt,
            OffsetDateTime endedAt) {

        static ArchiveHitResponse of(ArchiveHit hit) {
            ProfessionalContact p = hit.professional();
            return new ArchiveHitResponse(
                    p.name(), p.email(), p.phone(), p.organisationName(), hit.registeredAt(), hit.endedAt());
        }
    }

    record EndResponse(String signalId, String outcome, SignalResponse signal) {}
}
