// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import java.util.Objects;
import java.util.UUID;

/** One match: a pair of two active signals (R-MATCH-YOUTH). Prints as the bare UUID, as in URLs and the API. */
public record MatchPairId(UUID value) {

    public MatchPairId {
        Objects.requireNonNull(value, "value");
    }

    public static MatchPairId random() {
        return new MatchPairId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
