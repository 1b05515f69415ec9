// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

/**
 * These signals were deleted by the retention rules or the region coordinator. Published in the deleting
 * transaction after the signals are gone but before their youths are forgotten, so a listener in that transaction
 * still finds the youth's municipality; ids only. A signal its professional ends as unjustified is announced by
 * {@link SignalEnded} instead.
 *
 * @param ruleId the RULES.md id of the rule that deleted them (R-AGE-23, R-DEATH, R-ARCHIVE-5Y,
 *               R-DELETE-ONLY-REGION)
 */
public record SignalsDeleted(String ruleId, List<LeavingSignal> signals) {

    public SignalsDeleted {
        signals = List.copyOf(signals);
    }
}
