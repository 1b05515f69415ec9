// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.util.List;

/**
 * {@code GET /v1/inbox?after={deliveryId}&limit={n}}: the region's deliveries after the one it stored last, oldest
 * first. Asking after {@code n} acknowledges every delivery up to {@code n}; the hub deletes those.
 *
 * @param more true when further deliveries wait beyond {@code limit}
 */
public record Inbox(List<Delivery> deliveries, boolean more) {

    public Inbox {
        deliveries = List.copyOf(deliveries);
    }
}
