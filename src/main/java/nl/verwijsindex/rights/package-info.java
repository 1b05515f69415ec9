// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Rights of youths and parents (R-REQUEST): the privacy desk of a municipality records a request for access, a copy,
 * correction, objection, erasure or restriction, keeps its deadline (one month, once extended by two), asks the
 * professionals who registered signals on the youth for advice, and decides. A decision changes other modules only
 * through their APIs: deletions through the retention module (with a proof), a restriction through the signal module.
 * Owns {@code rights_request} and {@code rights_advice}. Informing after a registration (R-INFORM) is the signal
 * module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "youth", "directory", "covenant", "signal", "coordination", "person", "retention", "logbook"})
package nl.verwijsindex.rights;
