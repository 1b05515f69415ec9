// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (issue 13, defect 5): no connection within the pool's
 * timeout, a connection that broke, a server that is shutting down or starting. Such a failure is temporary and
 * says nothing about the request: the edges answer 503 with {@code Retry-After}, never a 500.
 */
public final class DatabaseUnavailable {

    /** The seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (the server is starting). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // A rollback or commit that fails on the connection itself: the connection broke under the transaction.
            if (t instanceof TransactionSystemException tx
                    && (tx.getCause() instanceof SQLException
                            || (tx.getApplicationException() != null && causedBy(tx.getApplicationException())))) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
