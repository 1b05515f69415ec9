// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-DELETE-ONLY-REGION: the recorded decision behind a deletion by the region coordinator: its reference
 * (for example the municipality's decision on an objection) and a reason code. No free text, no names.
 */
public record DeletionDecision(String reference, Reason reason) {

    public DeletionDecision {
        if (reference == null || !reference.matches("[A-Za-z0-9./_-]{1,50}")) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-decision-reference",
                    "Vul het kenmerk van het besluit in: 1 tot 50 letters, cijfers of de tekens . / _ -.");
        }
        if (reason == null) {
            throw new DomainException(Kind.INVALID, "decision-reason-required", "Kies de reden van het besluit.");
        }
    }

    /** Why the region coordinator deletes (R-REQUEST, R-ARCHIVE-5Y, R-DELETE-ONLY-REGION). */
    public enum Reason {
        /** An objection (verzet, bezwaar) was granted. */
        OBJECTION_GRANTED,
        /** A request for correction was granted. */
        CORRECTION_GRANTED,
        /** The signal was registered wrongly and already deactivated (seed 000). */
        WRONGLY_REGISTERED
    }
}
