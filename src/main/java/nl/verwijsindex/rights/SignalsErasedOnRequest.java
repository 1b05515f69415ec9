// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.List;
import java.util.UUID;

/**
 * R-REQUEST: signals were deleted on a request (objection granted, erasure, correction). Ids only; the notification
 * module tells each professional, content-free, in the region's index.
 */
public record SignalsErasedOnRequest(UUID requestId, List<Erased> erased) {

    public SignalsErasedOnRequest {
        erased = List.copyOf(erased);
    }

    public record Erased(UUID professionalId, String regionCode) {}
}
