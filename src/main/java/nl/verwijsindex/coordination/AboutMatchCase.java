// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.UUID;

import nl.verwijsindex.matching.MatchCaseId;

/**
 * An event about one match case. Its component stays a plain UUID, as in {@link nl.verwijsindex.matching.MatchesFound}:
 * the publication registry keeps the event as JSON until every listener has handled it, so its form must read back
 * after an upgrade. {@link #matchCase()} gives the typed id.
 */
public interface AboutMatchCase {

    UUID matchCaseId();

    default MatchCaseId matchCase() {
        return new MatchCaseId(matchCaseId());
    }
}
