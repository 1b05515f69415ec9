// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;

import nl.verwijsindex.youth.Bsn;

/** How a registering professional names the youth. */
public sealed interface YouthReference {

    /** By BSN, for a professional who may use it. */
    record ByBsn(Bsn bsn) implements YouthReference {}

    /**
     * R-BSN-HIDDEN: by surname, birth date and gender (and a postcode when several persons share those);
     * the index finds the BSN in the person register and the professional never sees it.
     *
     * @param genderCode M, V or O
     * @param postcode   optional, {@code 1234AB}
     */
    record ByPersonData(String surname, LocalDate birthDate, String genderCode, String postcode)
            implements YouthReference {

        @Override
        public String toString() {
            return "ByPersonData[***]";
        }
    }

    /**
     * R-NOBSN: a youth without a BSN, known by the verwijsindex number derived from these three.
     *
     * @param genderCode M, V or O
     */
    record WithoutBsn(String surname, LocalDate birthDate, String genderCode) implements YouthReference {

        @Override
        public String toString() {
            return "WithoutBsn[***]";
        }
    }
}
