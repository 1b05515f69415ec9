// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.List;

/**
 * New matches were given their deadline. Published in that transaction for listeners in it (the reports, R-REPORTS).
 *
 * @param municipalityCode the case's municipality, or null while the index does not know it
 */
public record MatchesRecorded(String regionCode, String municipalityCode, List<RecordedMatch> matches) {

    public MatchesRecorded {
        matches = List.copyOf(matches);
    }
}
