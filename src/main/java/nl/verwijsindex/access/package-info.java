// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Who may come in, and how: web accounts of people (one role each, password with lockout, password change,
 * the second factor, sessions) and the credentials of systems and officials that call the API (organisations'
 * systems, municipal supervisors, region coordinators, the administrator), with both security filter chains.
 * Owns {@code user_account}, {@code api_client}, {@code municipal_supervisor} and
 * {@code region_coordinator_credential}. Knows nothing of signals or matches: the pages that show those live in
 * the {@code site} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "directory", "logbook"})
package nl.verwijsindex.access;
