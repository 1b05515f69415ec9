// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Writes to the logbook inside the caller's transaction, so an action and its entry stand or fall together. */
public interface Logbook {

    void record(LogbookEntry entry);

    /**
     * R-PROOF: a deleted youth leaves nothing but proofs of deletion, so their blind index is cleared from
     * the logbook; who did what and when stays.
     */
    void forgetYouth(byte[] youthIndex);

    /**
     * ADR 0022: the youth's blind index moved to the current key; the logbook's references follow, so none
     * stays under a retired key. Who did what and when stays.
     */
    void reindexYouth(byte[] previousIndex, byte[] currentIndex);

    /**
     * ADR 0022: moves entries that were being written about a youth while it was re-keyed, and so still carry
     * its previous index, to the current one. @return how many entries moved
     */
    int reindexLateEntries();

    /** Entries about one professional, newest first; for oversight and tests. */
    List<RecordedEntry> entriesForProfessional(UUID professionalId, int limit);

    record RecordedEntry(long id, OffsetDateTime occurredAt, LogbookEntry entry) {}
}
