// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.util.Optional;

/**
 * How the index knows a youth: by BSN, or, without one, by a verwijsindex number (R-NOBSN). Only for
 * showing a signal to its own professional or organisation, and for asking the person register.
 *
 * @param bsn      empty for a youth known by a verwijsindex number
 * @param viNumber the verwijsindex number as shown, when the youth has no BSN
 */
public record YouthIdentity(Optional<Bsn> bsn, Optional<String> viNumber) {

    public static YouthIdentity of(Bsn bsn) {
        return new YouthIdentity(Optional.of(bsn), Optional.empty());
    }

    public static YouthIdentity of(ViNumber number) {
        return new YouthIdentity(Optional.empty(), Optional.of(number.display()));
    }

    @Override
    public String toString() {
        return "YouthIdentity[" + (bsn.isPresent() ? "BSN" : viNumber.orElse("")) + "]";
    }
}
