// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.List;
import java.util.UUID;

/**
 * New matches were given their deadline. Published in that transaction for listeners in it (the reports, R-REPORTS).
 *
 * @param municipalityCode the case's municipality, or null while the index does not know it
 * @param followedSignalId the case's earliest active signal, whose youth's municipality the case follows (R-SUPERVISE):
 *                         the reports count the matches there, or wait for the register to say where that is
 *                         (docs/adr/0042); null: count them under the case's municipality
 */
public record MatchesRecorded(
        String regionCode, String municipalityCode, UUID followedSignalId, List<RecordedMatch> matches) {

    public MatchesRecorded {
        matches = List.copyOf(matches);
    }
}
