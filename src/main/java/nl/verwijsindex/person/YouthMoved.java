// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import nl.verwijsindex.youth.YouthId;

/**
 * R-MOVE: the register gives the youth another residential address than the index had. The municipality
 * codes (CBS, e.g. GM0344) say whether the youth changed municipality; either may be null (abroad, unknown).
 */
public record YouthMoved(YouthId youthId, String fromMunicipality, String toMunicipality) {

    public boolean municipalityChanged() {
        return toMunicipality != null && !toMunicipality.equals(fromMunicipality);
    }
}
