// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * R-NATIONAL: the outbox of changes to signals the hub must hear of, sent by a recurring task; present only while
 * {@code verwijsindex.national.enabled}. Each row goes out once, in order per signal; an outage is waited out with
 * back-off, a refusal parks the row for the operator (the health endpoint's {@code nationalIndex}).
 */
public interface NationalOutbox {

    /** Sends what is due now, in rounds of the batch size, until nothing is due or the hub is unavailable. */
    int sendDue();

    Status status();

    /**
     * At the first start with the national index on (per database): a report of every signal the region already holds,
     * active and archived, written in one transaction. @return how many; 0 every later time
     */
    int reportEverySignalOnce();

    /**
     * Step 3 of a key rotation (docs/adr/0032): when the hub's current key version is the one this region reports
     * under and the hub holds signals of the region without it, a report of every signal that has none queued or sent
     * for this version yet. @return how many; 0 when there is no round to do, or the hub cannot be asked now
     */
    int reportEverySignalUnderTheCurrentKeyVersion();

    /** The newest rows the hub refused, at most 100: ids and the refusal's code only. */
    List<Parked> parked();

    /**
     * @param pending       still to be sent, or being retried
     * @param retrying      of those, tried and failed at least once (an outage of the hub or the register)
     * @param parked        refused by the hub for good, for the operator to look into
     * @param waitingForBsn R-NOBSN: held until the youth has a BSN
     * @param oldestPending when the oldest row still to be sent was written; null when none
     */
    record Status(long pending, long retrying, long parked, long waitingForBsn, OffsetDateTime oldestPending) {}

    record Parked(UUID messageId, UUID signalId, String action, int status, String code, OffsetDateTime at) {}
}
