// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.util.Optional;

import nl.verwijsindex.youth.Bsn;

/**
 * Issue 12 §2, the person register is not a lookup service: what the register says of a BSN before the index
 * acts on it, never shown to the asker. The person module implements it and logs every question (R-LOGBOOK);
 * the signal module only asks.
 */
public interface RegisterVerification {

    /**
     * R-YOUTH: the register's full birth date for the BSN. Empty when no register is connected, when it cannot
     * be asked now (the person check after the registration catches up), when it does not know the BSN, or
     * when it knows the date only partly.
     */
    Optional<LocalDate> birthDate(Bsn bsn, Asker asker);

    /**
     * R-NOBSN: surname (with its prefix), birth date and gender as the register has them. Empty when no
     * register is connected.
     *
     * @throws nl.verwijsindex.shared.DomainException when the register cannot be asked now, or does not know
     *         the BSN
     */
    Optional<Identity> identity(Bsn bsn, Asker asker);

    /**
     * Issue 16 item 2, "Is dit de jeugdige?": the register's name and birth date for the BSN, shown to the
     * professional before they register, but only when the birth date they gave is the register's (a wrong pair
     * learns nothing). Empty when no register is connected, when it cannot be asked now, or when it does not know
     * the BSN: the registration then goes on as before.
     *
     * @throws nl.verwijsindex.shared.DomainException {@code birth-date-mismatch} when the dates differ
     */
    Optional<Confirmation> confirmation(Bsn bsn, LocalDate birthDate, Asker asker);

    /** What the professional confirms: the name and birth date the register has. */
    record Confirmation(String name, LocalDate birthDate) {

        @Override
        public String toString() {
            return "Confirmation[***]";
        }
    }

    /** @param genderCode M, V or O */
    record Identity(String surname, LocalDate birthDate, String genderCode) {

        @Override
        public String toString() {
            return "Identity[***]";
        }
    }
}
