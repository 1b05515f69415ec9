// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

/**
 * What a notice is about, stored by name in {@code notice.kind} (its check constraint lists the same names).
 * The subject column a kind needs is fixed by that constraint too: a match pair, a signal or a match case.
 */
public enum NoticeKind {

    /** A new match for the professional (R-NOTICE); subject: the pair. */
    MATCH,
    /** The signal's end date is near (R-ACTIVE-2Y); subject: the signal. */
    EXPIRY_REMINDER,
    /** The signal was handed over to or from the professional (R-TRANSFER); subject: the signal. */
    TRANSFERRED,
    /** The youth of the signal moved (R-MOVE); for a supervisor, moved into their municipality. */
    MOVED,
    /** A supervisor's municipality has a new match (R-NOTICE); subject: the match case. */
    NEW_MATCH,
    /** The professional became match director (R-DIRECTOR); subject: the match case. */
    DIRECTOR_APPOINTED,
    /** The consultation deadline is the next working day (R-DEADLINE); subject: the match case. */
    CONSULTATION_REMINDER,
    /** The consultation deadline passed, to the supervisors (R-SUPERVISE); subject: the match case. */
    CONSULTATION_OVERDUE,
    /**
     * Inform the youth or the legal representative (R-INFORM): a match came before informing was recorded, or the
     * day to look again at a postponement came; subject: the signal.
     */
    INFORM_REMINDER,
    /** To the supervisors of the municipality a match case left for the youth's own (R-SUPERVISE); the case. */
    CASE_MOVED_OUT,
    /** To the supervisors of the youth's municipality, where a match case moved to (R-SUPERVISE); the case. */
    CASE_MOVED_IN,
    /** The municipality asks the professional's advice on a request about the youth of their signal (R-REQUEST). */
    ADVICE_REQUESTED,
    /** The professional's signal was removed on a request of the youth or the parents (R-REQUEST); no subject left. */
    REMOVED_ON_REQUEST,
    /** R-NATIONAL, R-MATCH-YOUTH: a signal on the same youth in another region; subject: the own signal and the delivery. */
    NATIONAL_YOUTH_MATCH,
    /** R-NATIONAL, R-MATCH-FAMILY: a signal on a child of the same family in another region; names neither child. */
    NATIONAL_FAMILY_MATCH,
    /** R-NATIONAL, R-ARCHIVE-HIT: an archived signal on the same youth in another region, shown once. */
    NATIONAL_ARCHIVE_HIT,
    /** R-NATIONAL, R-MOVE: to the supervisors, a youth with an active signal in another region moved in; the delivery. */
    NATIONAL_MOVED_IN
}
