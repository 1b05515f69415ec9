// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import nl.verwijsindex.youth.YouthId;

/**
 * The index has the youth's parents and address from the register as they are now (as blind indexes).
 * Published inside the transaction that stored them, with the youth and their parent and address keys
 * locked, so a listener that matches families and addresses sees every committed relative and no
 * concurrent one. Ids only.
 *
 * @param parentsOrMunicipalityChanged the parents or the municipality differ from what the index held before (or
 *                                     it held nothing yet): what the national index must hear of (R-NATIONAL), and
 *                                     when a match case of the youth may have to move (R-SUPERVISE)
 */
public record PersonDataRefreshed(YouthId youthId, boolean parentsOrMunicipalityChanged) {

    /** As published before the flag existed: assume a change. */
    public PersonDataRefreshed(YouthId youthId) {
        this(youthId, true);
    }
}
