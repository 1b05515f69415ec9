// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

/** The rules that delete a signal, as a proof of deletion names them (RULES.md ids). */
public enum DeletionRule {

    /** Ended by its professional as unjustified (R-END, R-ARCHIVE-5Y: deleted outright). */
    END("R-END"),
    /** The youth turned 23 (R-AGE-23). */
    AGE_23("R-AGE-23"),
    /** The youth died (R-DEATH). */
    DEATH("R-DEATH"),
    /** By the region coordinator, with a recorded decision (R-DELETE-ONLY-REGION). */
    REGION_DECISION("R-DELETE-ONLY-REGION"),
    /** Five years in the archive (R-ARCHIVE-5Y). */
    ARCHIVE_5Y("R-ARCHIVE-5Y"),
    /** By the municipality's decision on a request: objection granted, erasure, correction (R-REQUEST). */
    REQUEST_DECISION("R-REQUEST");

    private final String ruleId;

    DeletionRule(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
