// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.util.Map;

/**
 * Keeps what the index knows from the register current: after each registration (the youth's parents
 * and address for family and address matches), and periodically for every youth with an active signal
 * (R-MOVE, R-DEATH). While the register cannot be reached the work stays due and is retried with back-off,
 * so no youth is silently skipped; {@link #status()} says how much is waiting.
 */
public interface PersonCheck {

    /** Makes every youth with an active signal due for a check now. @return how many */
    int recheckAll();

    /** Checks the youths that are due, at most {@code limit}. @return how many were checked (successfully or not) */
    int checkDue(int limit);

    /**
     * ADR 0022: makes at most {@code limit} youths whose parents and address are stored under an older key
     * due for a check under the current key. @return how many
     */
    int queueRekeying(int limit);

    /** How many youths' parents and address each key id holds (ADR 0022). */
    Map<Integer, Long> keyUse();

    /** What waits for the register, for operators and the health endpoint. */
    Status status();

    /**
     * @param due            youths waiting to be checked
     * @param failing        of those, how many failed at least once
     * @param lastError      the reason of the latest failure (never personal data), or null
     */
    record Status(boolean connected, long due, long failing, String lastError) {}
}
