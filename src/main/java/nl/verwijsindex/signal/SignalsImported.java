// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

/**
 * A batch of active signals was brought over from another system (issue 18, ADR 0031): one event for the whole
 * batch of an import transaction instead of one {@link SignalImported} per signal, so its listeners (matching,
 * the national outbox) read and write once per batch. In the order of the file: a listener that derives matches
 * treats each signal as if the ones after it in the batch were not there yet, which gives what single imports in
 * that order give. Ids only, and the name of the source system.
 */
public record SignalsImported(List<SignalImported> signals) {

    public SignalsImported {
        signals = List.copyOf(signals);
    }
}
