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
        SIGNAL_TRANSFERRED,
        SIGNAL_DELETED,
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
        /** Issue 12 §2: the person register was asked at a registration or merge, answered or not. */
        PERSON_REGISTER_QUERIED
    }
}
