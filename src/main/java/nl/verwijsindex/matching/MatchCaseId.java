// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * A match case: the matches on one youth, shared parent or address. Prints as the bare UUID, as in URLs and
 * the API.
 */
public record MatchCaseId(UUID value) {

    public MatchCaseId {
        Objects.requireNonNull(value, "value");
    }

    public static MatchCaseId random() {
        return new MatchCaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
