package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.Bsn;

/** A signal as its own professional and organisation see it. */
public record SignalView(SignalId id, Bsn bsn, ProfessionalId professionalId, String regionCode,
                         OffsetDateTime registeredAt, LocalDate activeUntil, SignalStatus status,
                         OffsetDateTime endedAt, EndReason endReason, LocalDate archivedUntil) {
}
