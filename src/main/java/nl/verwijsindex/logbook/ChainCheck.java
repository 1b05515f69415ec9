// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

/**
 * The outcome of checking the logbook's hash chain (R-LOGBOOK, issue 12).
 *
 * @param checked       how many entries were checked
 * @param firstBrokenId the first entry whose hash or link to the one before does not match, or null when intact
 * @param reason        what did not match (English, for the operator's log), or null when intact
 */
public record ChainCheck(long checked, Long firstBrokenId, String reason) {

    public boolean intact() {
        return firstBrokenId == null && reason == null;
    }

    @Override
    public String toString() {
        return intact()
                ? "logbook chain intact (" + checked + " entries checked)"
                : "logbook chain broken at entry " + firstBrokenId + ": " + reason + " (" + checked
                        + " entries checked)";
    }
}
