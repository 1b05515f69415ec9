// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** DESIGN decision 1 (no BSN in a log line): an unexpected exception reaches the log with its classes and frames, never its messages. */
class MessageFreeTest {

    @Test
    void DESIGN_1_theLoggedChainKeepsClassesAndFramesAndDropsEveryMessage() {
        String bsn = "123456782";
        IllegalStateException thrown = new IllegalStateException(
                "could not store " + bsn, new SQLException("Key (bsn)=(" + bsn + ") already exists", "23505"));

        Throwable logged = MessageFree.of(thrown);
        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));

        assertThat(trace.toString())
                .doesNotContain(bsn)
                .contains(IllegalStateException.class.getName())
                .contains(SQLException.class.getName())
                .contains("MessageFreeTest.DESIGN_1_theLoggedChainKeepsClassesAndFramesAndDropsEveryMessage");
        assertThat(logged.getCause().getStackTrace())
                .isEqualTo(thrown.getCause().getStackTrace());
    }
}
