// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;

/**
 * A request as the desk takes it in (R-REQUEST).
 *
 * @param bsn            the youth's BSN as typed; parsed and checked (elfproef), then kept only protected
 * @param youthBirthDate the youth's birth date as the desk checked it: the age rule decides who may ask
 */
public record NewRequest(
        RequestKind kind,
        Requester requester,
        IdentityCheck identityCheck,
        String bsn,
        LocalDate youthBirthDate,
        LocalDate receivedOn) {

    @Override
    public String toString() {
        return "NewRequest[" + kind + ", " + requester + ", received " + receivedOn + "]";
    }
}
