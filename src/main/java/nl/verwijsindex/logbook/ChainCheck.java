// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of checking the logbook's hash chains (R-LOGBOOK, issue 12; several chains, ADR 0047).
 *
 * @param checked     how many entries were checked
 * @param chains      how many chains they were in
 * @param checkpoints how many checkpoints kept outside the database were compared with the entries they name
 * @param breaks      every chain's first broken entry and every checkpoint that does not match, lowest entry first;
 *                    empty when intact
 */
public record ChainCheck(long checked, int chains, long checkpoints, List<Break> breaks) {

    public ChainCheck {
        breaks = breaks.stream()
                .sorted(Comparator.comparingLong(Break::entryId).thenComparingInt(Break::chain))
                .toList();
    }

    /**
     * @param chain   the chain the entry is in (or should be in)
     * @param entryId the entry whose hash, link or checkpoint does not match
     * @param reason  what did not match (English, for the operator's log)
     */
    public record Break(int chain, long entryId, String reason) {

        @Override
        public String toString() {
            return "chain " + chain + " broken at entry " + entryId + ": " + reason;
        }
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** The lowest broken entry, or null when intact. */
    public Long firstBrokenId() {
        return breaks.isEmpty() ? null : breaks.get(0).entryId();
    }

    /** What did not match at the lowest broken entry, or null when intact. */
    public String reason() {
        return breaks.isEmpty() ? null : breaks.get(0).reason();
    }

    /** The chains with a break, each once, lowest first. */
    public List<Integer> brokenChains() {
        return breaks.stream().map(Break::chain).distinct().sorted().toList();
    }

    @Override
    public String toString() {
        String counted = checked + " entries checked in " + chains + " chains"
                + (checkpoints > 0 ? ", " + checkpoints + " checkpoints" : "");
        return intact()
                ? "logbook chain intact (" + counted + ")"
                : "logbook " + breaks.stream().map(Break::toString).collect(Collectors.joining("; ")) + " (" + counted
                        + ")";
    }
}
