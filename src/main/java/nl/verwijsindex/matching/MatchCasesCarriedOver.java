// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.List;

/**
 * The matches carried over from one old system in one batch of an import (issue 18, ADR 0031 and 0043): per match
 * case, the pairs that system already made, so coordination opens the batch's cases in one transaction instead of
 * one event and one transaction a youth. Nobody is notified, as for {@link MatchesCarriedOver}. Ids only.
 */
public record MatchCasesCarriedOver(List<MatchesCarriedOver> cases) {

    public MatchCasesCarriedOver {
        cases = List.copyOf(cases);
    }
}
