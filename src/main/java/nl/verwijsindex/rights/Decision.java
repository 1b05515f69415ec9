// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The municipality's decision on a request (R-REQUEST), with the reason the decision letter gives.
 *
 * @param correctedBirthDate for {@link Outcome#CORRECTED}: the right birth date; or
 * @param wrongSignalId      for {@link Outcome#CORRECTED}: the signal registered on the wrong youth, deleted
 */
public record Decision(Outcome outcome, String reason, LocalDate correctedBirthDate, UUID wrongSignalId) {

    public static Decision of(Outcome outcome, String reason) {
        return new Decision(outcome, reason, null, null);
    }
}
