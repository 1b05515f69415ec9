// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

/** R-END and R-ARCHIVE-5Y: why a signal ends, and whether that sends it to the archive or deletes it. */
public enum EndReason {

    /** Care ended or the risk is gone: to the archive (Jeugdwet 7.1.4.5 lid 1). */
    RISK_GONE(true, true),
    /** The signal should not have been registered: deleted outright, never archived. */
    UNJUSTIFIED(false, true),
    /** R-ACTIVE-2Y: the two years ran out without an extension; to the archive. Only the index ends so. */
    EXPIRED(true, false);

    private final boolean archives;
    private final boolean chosenByProfessional;

    EndReason(boolean archives, boolean chosenByProfessional) {
        this.archives = archives;
        this.chosenByProfessional = chosenByProfessional;
    }

    public boolean archives() {
        return archives;
    }

    /** R-END: the reasons a professional can give; the others are the index's own. */
    public boolean chosenByProfessional() {
        return chosenByProfessional;
    }
}
