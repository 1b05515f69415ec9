// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.util.List;

import nl.verwijsindex.youth.Bsn;

/**
 * R-NATIONAL, R-MATCH-FAMILY across regions: the BSNs of a youth's parents as the register gives them now, for the
 * national index's family pseudonyms (docs/adr/0034). The index keeps parents only as blind indexes, which the hub
 * cannot use, so it asks the register each time a signal is sent to the hub; every question is in the logbook with
 * its purpose. Held in memory only.
 */
public interface NationalIndexParents {

    /**
     * The parents' BSNs, zero to two: none when no register is connected or it does not know the youth.
     *
     * @throws PersonRegisterUnavailable when the register cannot answer now; the caller tries again later
     */
    List<Bsn> parentsOf(Bsn youth);
}
