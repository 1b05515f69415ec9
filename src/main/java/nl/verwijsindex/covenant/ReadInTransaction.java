// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.util.HashMap;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region settings a transaction has read, kept until it ends (issue 18). Bound to the transaction as Spring binds
 * its own resources: set aside while an inner transaction of its own runs, dropped at the end. Outside a transaction
 * nothing is kept.
 */
final class ReadInTransaction {

    private static final Object KEY = new Object();

    private ReadInTransaction() {}

    @SuppressWarnings("unchecked")
    static Map<String, RegionSettings> map() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object bound = TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return (Map<String, RegionSettings>) bound;
        }
        Map<String, RegionSettings> read = new HashMap<>();
        TransactionSynchronizationManager.bindResource(KEY, read);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(KEY, read);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return read;
    }
}
