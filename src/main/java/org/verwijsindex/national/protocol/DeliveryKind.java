// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

/** What the hub tells a region about one of its signals. */
public enum DeliveryKind {
    /** R-MATCH-YOUTH across regions: the other signal is on the same youth. */
    YOUTH_MATCH,
    /** R-MATCH-FAMILY across regions: the other signal is on a child with a shared parent; names neither child. */
    FAMILY_MATCH,
    /** R-ARCHIVE-HIT: the other signal is archived; shown once to the professional who newly registered. */
    ARCHIVE_HIT,
    /**
     * R-MOVE: a youth with an active signal in another region now lives in one of this region's municipalities;
     * {@code ownSignalRef} is null, {@code municipalityCode} names the municipality whose supervisor is told.
     */
    MOVED_IN
}
