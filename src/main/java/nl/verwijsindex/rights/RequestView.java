// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request as the desk sees it; never the BSN, which the desk typed and the index keeps protected.
 *
 * @param extendedDueOn     null unless the deadline was extended
 * @param overdue           the deadline passed before a decision
 * @param outcome           null while the request is open
 */
public record RequestView(
        UUID id,
        String municipalityCode,
        RequestKind kind,
        Requester requester,
        IdentityCheck identityCheck,
        LocalDate youthBirthDate,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate extendedDueOn,
        String extensionReason,
        LocalDate extensionToldOn,
        boolean reminded,
        boolean overdue,
        Outcome outcome,
        String decisionReason,
        LocalDate decidedOn,
        LocalDate restrictionLiftedOn) {

    /** The day the decision is due now: after an extension, the extended day. */
    public LocalDate deadline() {
        return extendedDueOn != null ? extendedDueOn : dueOn;
    }

    public boolean open() {
        return outcome == null;
    }

    /** A restriction decided on this request and not lifted. */
    public boolean restrictionActive() {
        return outcome == Outcome.RESTRICTED && restrictionLiftedOn == null;
    }
}
