// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An import, dry run or export, as far as it got: for the command line's last words and the administrator's page.
 *
 * @param written  records written by this run (none in a dry run; in an export: records written to the file)
 * @param present  records the index already held (a rerun, or a resumed import) and left as they were
 * @param problems lines or fields refused, each in the report
 */
public record ExchangeRun(
        UUID id,
        Kind kind,
        String fileName,
        State state,
        int linesTotal,
        int linesDone,
        int written,
        int present,
        int problems,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public enum Kind {
        IMPORT,
        DRY_RUN,
        EXPORT
    }

    public enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    public boolean finished() {
        return state != State.RUNNING;
    }

    /** Whole percentage of the lines done, for a progress bar. */
    public int percentDone() {
        return linesTotal == 0 ? (finished() ? 100 : 0) : (int) (100L * linesDone / linesTotal);
    }
}
