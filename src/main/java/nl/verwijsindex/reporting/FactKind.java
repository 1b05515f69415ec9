// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

/** What an anonymous report fact records (R-REPORTS); its {@code detail} says which kind, reason, rule or outcome. */
public enum FactKind {
    /** A signal was registered; {@code first_of_youth} when the youth had no other signal. */
    SIGNAL_REGISTERED,
    /** A professional ended a signal; detail: the end reason. */
    SIGNAL_ENDED,
    /** A signal ran out without being extended (R-ACTIVE-2Y). */
    SIGNAL_EXPIRED,
    /** A signal was deleted; detail: the RULES.md id of the rule. */
    SIGNAL_DELETED,
    /** A match was made; detail: its kind. Two organisations. */
    MATCH_MADE,
    /** A match was consulted; detail: IN_TIME or LATE; dated the day the match was made. */
    MATCH_CONSULTED,
    /** A director ticked off a consultation; the director's organisation. */
    CONSULTATION,
    /** One outcome category chosen at a consultation (table 4.1 of seed 003); detail: the category. */
    CONSULTATION_OUTCOME
}
