// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

/** What the hub found in another region for one of the region's signals (R-NATIONAL). */
public enum CrossRegionKind {
    /** R-MATCH-YOUTH: an active signal on the same youth in another region. */
    YOUTH_MATCH,
    /** R-MATCH-FAMILY: an active signal on a child with a shared parent in another region; names neither child. */
    FAMILY_MATCH,
    /** R-ARCHIVE-HIT: an archived signal on the same youth in another region; its professional is not told. */
    ARCHIVE_HIT
}
