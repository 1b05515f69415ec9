// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

/**
 * R-ACTIVE-2Y: these signals ran out without being extended and went to the archive. Published in the
 * transaction that archived them, for listeners in that transaction (the reports); ids only.
 */
public record SignalsExpired(List<LeavingSignal> signals) {

    public SignalsExpired {
        signals = List.copyOf(signals);
    }
}
