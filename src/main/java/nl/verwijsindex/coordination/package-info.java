// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Coordination of a match: the match director appointed by the region's rules (R-DIRECTOR), the deadline
 * in working days on the Dutch calendar with its reminder and escalation (R-DEADLINE), the consultation
 * ticked off (R-CONSULTED), the municipal supervisor's work list (R-SUPERVISE) and the follow-up figures.
 * Listens to {@link nl.verwijsindex.matching.MatchesFound}, {@link nl.verwijsindex.signal.SignalEnded} and
 * {@link nl.verwijsindex.person.PersonDataRefreshed} (a case follows the youth's municipality, R-SUPERVISE);
 * reads matches only through {@link nl.verwijsindex.matching.MatchQueries}. Sends nothing itself: it
 * announces what is due and the notification module tells the people. A region's settings (deadline, Liberation
 * Day, director rules) are the covenant module's; this module reads them and applies the rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "covenant", "directory", "signal", "matching", "person", "youth", "logbook"})
package nl.verwijsindex.coordination;
