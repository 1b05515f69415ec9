// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * R-DATA: name, birth date and address of a signal's youth, fetched from the person register each time they
 * are shown and never stored. The person module implements it; the signal module only asks.
 */
public interface PersonDetails {

    /**
     * Issue 12 §2: asks the register only while the signal, the professional's own, is active; for an ended
     * signal the register is not asked. The question is logged once, naming the asker (R-LOGBOOK).
     */
    Details of(SignalView ownSignal, Asker asker);

    /**
     * @param status  whether the details could be shown
     * @param address the address lines; empty when the address is secret (R-SECRET) or unknown
     */
    record Details(Status status, String name, LocalDate birthDate, List<String> address, boolean addressSecret) {

        public static Details unavailable(Status status) {
            return new Details(status, null, null, List.of(), false);
        }

        @Override
        public String toString() {
            return "Details[" + status + "]";
        }
    }

    enum Status {
        /** From the register, now. */
        SHOWN,
        /** The register does not know the BSN. */
        NOT_IN_REGISTER,
        /** A youth without a BSN (R-NOBSN): the register cannot be asked. */
        NO_BSN,
        /** The register could not be asked now; try again later. */
        REGISTER_UNAVAILABLE,
        /** The signal is no longer active: the register is not asked for its youth (issue 12 §2). */
        SIGNAL_NOT_ACTIVE
    }
}
