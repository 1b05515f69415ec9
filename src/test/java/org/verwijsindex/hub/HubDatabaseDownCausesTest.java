// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * R-NATIONAL: the shapes in which a dead database reaches the hub's error handler, each a 503 and not a 500. The
 * full run met the second: a pooled connection terminated by the server fails the statement, then the rollback.
 */
class HubDatabaseDownCausesTest {

    @Test
    void R_NATIONAL_aConnectionTerminatedByTheServerIsTheDatabaseDown() {
        assertThat(HubProblemAdvice.databaseDown(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(HubProblemAdvice.databaseDown(new RuntimeException(new SQLException("connection refused", "08001"))))
                .isTrue();
    }

    @Test
    void R_NATIONAL_aFailedRollbackAroundADeadConnectionIsTheDatabaseDown() {
        TransactionSystemException rollback =
                new TransactionSystemException("rollback failed", new SQLException("This connection has been closed."));
        rollback.initApplicationException(new DataAccessResourceFailureException("terminating connection"));

        assertThat(HubProblemAdvice.databaseDown(rollback)).isTrue();
    }

    @Test
    void R_NATIONAL_aProgrammingErrorIsNotTheDatabaseDown() {
        assertThat(HubProblemAdvice.databaseDown(new IllegalStateException("bug")))
                .isFalse();
        assertThat(HubProblemAdvice.databaseDown(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(HubProblemAdvice.databaseDown(new TransactionSystemException("commit failed")))
                .isFalse();
    }
}
