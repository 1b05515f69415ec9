// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.util.UUID;

/**
 * One thing that happened. Only ids and the youth's blind index: never a BSN, name or other content.
 *
 * @param professionalId the professional on whose behalf it happened, or who received it
 * @param youthIndex     the youth's blind index (HMAC of the BSN), or null when no single youth is concerned
 * @param subjectId      what else it concerns: a match, a match case, a notice
 */
public record LogbookEntry(
        Action action,
        Actor actor,
        UUID professionalId,
        UUID organisationId,
        byte[] youthIndex,
        UUID signalId,
        String subjectId) {

    public enum Action {
        SIGNAL_REGISTERED,
        SIGNAL_ENDED,
        SIGNAL_EXTENDED,
        /** R-INFORM: the professional recorded that they informed, or why and until when they postpone it. */
        SIGNAL_INFORMING_RECORDED,
        SIGNAL_TRANSFERRED,
        SIGNAL_DELETED,
        /** Issue 18: a signal brought over from another system by an import of the exchange format. */
        SIGNAL_IMPORTED,
        /** R-NOBSN: the BSN of a youth known by a verwijsindex number became known. */
        YOUTH_IDENTIFIED,
        SIGNALS_VIEWED,
        ARCHIVE_HIT_SHOWN,
        MATCHES_VIEWED,
        NOTICE_SENT,
        INBOX_VIEWED,
        COORDINATION_SETTINGS_CHANGED,
        DIRECTOR_APPOINTED,
        DIRECTOR_HANDED_OVER,
        MATCH_CASES_VIEWED,
        CONSULTATION_RECORDED,
        CONSULTATION_CONFIRMED,
        CONSULTATION_ESCALATED,
        SUPERVISOR_WORK_LIST_VIEWED,
        SUPERVISOR_FOLLOWED_UP,
        // Security events (NEN 7513, issue 12): the subject is an account id, a username tried, or a path.
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        ACCOUNT_LOCKED,
        SECOND_FACTOR_ENROLLED,
        SECOND_FACTOR_RESET,
        /** Issue 12: a new account's one-time activation link was e-mailed; the subject is the account. */
        ACTIVATION_LINK_SENT,
        /** Issue 12: the activation link was used and the person chose their own password. */
        ACCOUNT_ACTIVATED,
        ACCESS_DENIED,
        /** A change made by an administrator or a coordinator in the web application (method and path). */
        ADMINISTRATION_CHANGED,
        /** A call of the administration API (method and path). */
        ADMINISTRATION_API_CALLED,
        /** A question to the person register (BRP), answered or not. */
        PERSON_REGISTER_QUERIED,
        /** The data protection officer searched or exported the logbook. */
        LOGBOOK_SEARCHED,
        // R-REQUEST: the privacy desk's work on a request of the youth or the parents; the subject is the request id.
        RIGHTS_REQUEST_RECORDED,
        RIGHTS_REQUEST_VIEWED,
        RIGHTS_REQUEST_EXTENDED,
        RIGHTS_REQUEST_REMINDED,
        RIGHTS_REQUEST_OVERDUE,
        RIGHTS_REQUEST_DECIDED,
        RIGHTS_RESTRICTION_LIFTED,
        /** The overview of what the index holds on the youth was made for an access or copy request. */
        ACCESS_OVERVIEW_MADE,
        /** A professional was asked for advice on a request, or gave it. */
        RIGHTS_ADVICE_ASKED,
        RIGHTS_ADVICE_GIVEN,
        /** Issue 18: the whole index, BSNs included, was written to an exchange file; the subject is the run. */
        EXCHANGE_EXPORTED
    }

    /** A security event: who, what, and about what (an account id, a username tried, a path); no youth. */
    public static LogbookEntry security(Action action, Actor actor, String subjectId) {
        return new LogbookEntry(action, actor, null, null, null, null, subjectId);
    }
}
