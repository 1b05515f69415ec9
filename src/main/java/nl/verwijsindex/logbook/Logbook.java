// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Writes to the logbook inside the caller's transaction, so an action and its entry stand or fall together. */
public interface Logbook {

    void record(LogbookEntry entry);

    /**
     * Runs the work so that an entry recorded in it outside a transaction is written with the next transaction of
     * this thread that records an entry, at its commit, instead of in a transaction of its own; what no transaction
     * takes (none came, or it rolled back) is written when the work ends, also when it throws (ADR 0047).
     */
    <T> T joiningTheNextTransaction(Supplier<T> work);

    /**
     * Within {@link #joiningTheNextTransaction}: the entries held so far are written with the transaction under way, at
     * its commit, though it records none of its own (the person check stores the register's answer in a transaction
     * that writes no entry; issue 18, docs/adr/0049). Outside a transaction, or with nothing held, it does nothing;
     * when the transaction rolls back the entries are held again, as {@link #joiningTheNextTransaction} says.
     */
    default void writeHeldWithThisTransaction() {}

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
