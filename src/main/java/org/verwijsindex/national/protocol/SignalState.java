// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

/** A signal's state as the hub keeps it; a deleted signal is not a state but a {@link ForgetMessage}. */
public enum SignalState {
    /** Matches with active signals of other regions (R-MATCH-YOUTH, R-MATCH-FAMILY). */
    ACTIVE,
    /** Ended or expired into the archive: only an archive hit for a new signal elsewhere (R-ARCHIVE-HIT). */
    ARCHIVED
}
