// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Signals: registering one (R-MELDER, R-YOUTH, R-DATA, R-GROUNDS), one active signal per professional
 * per youth, ending with a legal reason (R-END), the archive and its one-time hit (R-ARCHIVE-HIT).
 * Owns {@code signal}, {@code signal_idempotency} and {@code archive_hit}. Does not match: it announces
 * {@link nl.verwijsindex.signal.SignalRegistered} and the matching module listens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "youth", "directory", "logbook"})
package nl.verwijsindex.signal;
