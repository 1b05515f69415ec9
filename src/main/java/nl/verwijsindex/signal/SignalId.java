// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.Objects;
import java.util.UUID;

public record SignalId(UUID value) {

    public SignalId {
        Objects.requireNonNull(value, "value");
    }

    /** The id, or null for a column that names no signal. */
    public static SignalId orNull(UUID value) {
        return value == null ? null : new SignalId(value);
    }

    public static SignalId random() {
        return new SignalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
