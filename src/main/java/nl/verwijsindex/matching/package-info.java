// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Matching: when active signals of different professionals meet on one youth, a match case with its
 * participants and one pair per two signals (R-MATCH-YOUTH); the same for youths who share a parent
 * (R-MATCH-FAMILY) or a residential address (R-MATCH-ADDRESS), from what the person module derived, and what the professionals in a match may
 * see of each other (R-NOTICE, R-VISIBLE). Owns {@code match_case}, {@code match_participant} and
 * {@code match_pair}. Sends nothing itself: it announces {@link nl.verwijsindex.matching.MatchesFound}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "youth", "covenant", "directory", "signal", "person", "logbook"})
package nl.verwijsindex.matching;
