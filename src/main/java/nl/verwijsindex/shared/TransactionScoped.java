// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction has read or written, kept until it ends (issue 18: reads the transaction already did). Bound to
 * the transaction as Spring binds its own resources: set aside while an inner transaction of its own runs, dropped at
 * the end, committed or not. A rollback to a savepoint (a nested transaction) keeps it: keep nothing here that a
 * nested transaction writes. Outside an actual transaction (none at all, or a scope of {@code SUPPORTS} or
 * {@code NOT_SUPPORTED} without one, whose statements each commit on their own) nothing is kept: each call gets a
 * fresh, empty map.
 *
 * <p>Only for what this transaction alone can change while it runs (a row it has locked or written, settings read
 * once), never a cache across transactions.
 */
public final class TransactionScoped<K, V> {

    private TransactionScoped() {}

    /** A key of its own per use: the map of one use never meets another's. */
    public static <K, V> TransactionScoped<K, V> create() {
        return new TransactionScoped<>();
    }

    /** This transaction's map when something was put in it; else null (nothing is made or bound). */
    @SuppressWarnings("unchecked")
    public Map<K, V> peek() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return (Map<K, V>) TransactionSynchronizationManager.getResource(this);
    }

    /** This transaction's map, empty at its start; outside a transaction a new one that nothing keeps. */
    @SuppressWarnings("unchecked")
    public Map<K, V> map() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<K, V>) bound;
        }
        Map<K, V> kept = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, kept);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(TransactionScoped.this, kept);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
            }
        });
        return kept;
    }
}
