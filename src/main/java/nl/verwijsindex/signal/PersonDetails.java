// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.util.List;

import nl.verwijsindex.youth.YouthId;

/**
 * R-DATA: name, birth date and address of a signal's youth, fetched from the person register each time they
 * are shown and never stored. The person module implements it; the signal module only asks.
 */
public interface PersonDetails {

    Details of(YouthId youth);

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
        REGISTER_UNAVAILABLE
    }
}
