// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.youth.Bsn;

/**
 * R-BSN-HIDDEN: finds the BSN of a youth named by other identifying data. The person module implements it
 * with the person register; the signal module only asks.
 */
public interface BsnResolver {

    /**
     * @throws nl.verwijsindex.shared.DomainException when nobody or more than one person fits (with a Dutch
     *         message saying what to add), or when the register cannot be asked now
     */
    Bsn resolve(YouthReference.ByPersonData person, Asker asker);
}
