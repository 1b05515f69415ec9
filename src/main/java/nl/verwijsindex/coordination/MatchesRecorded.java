// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.List;

import nl.verwijsindex.youth.YouthId;

/**
 * New matches were given their deadline. Published in that transaction for listeners in it (the reports, R-REPORTS).
 *
 * @param municipalityCode the case's municipality, or null while the index does not know it
 * @param followedYouth the youth of the case's earliest active signal, whose municipality the case follows
 *                      (R-SUPERVISE): the reports count the matches there, or wait for the register to say where that
 *                      is (docs/adr/0042); null: count them under the case's municipality
 * @param followedYouthMunicipality that youth's municipality as the index knows it (the case opening read it, with the
 *                                  youth locked; issue 18: the reports do not read it again), or null while unknown
 */
public record MatchesRecorded(
        String regionCode,
        String municipalityCode,
        YouthId followedYouth,
        String followedYouthMunicipality,
        List<RecordedMatch> matches) {

    public MatchesRecorded {
        matches = List.copyOf(matches);
    }
}
