// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;

/**
 * R-ACTIVE-2Y: one batch of the nightly sweep's signals that end within their region's lead time. One event a
 * batch rather than one a signal, so the first sweep after a large import does not publish tens of thousands of
 * events (issue 18). Ids and dates only.
 */
public record ExpiriesApproaching(List<ExpiryApproaching> expiries) {

    public ExpiriesApproaching {
        expiries = List.copyOf(expiries);
    }
}
