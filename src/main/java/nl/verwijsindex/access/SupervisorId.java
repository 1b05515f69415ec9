// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.Objects;
import java.util.UUID;

/**
 * A municipal supervisor (regievoerder, R-SUPERVISE) with a credential for the supervisor API. Prints as the bare
 * UUID, as in URLs, the logbook's actor and the first part of the supervisor's token.
 */
public record SupervisorId(UUID value) {

    public SupervisorId {
        Objects.requireNonNull(value, "value");
    }

    public static SupervisorId random() {
        return new SupervisorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
