// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The regional index's side of the national index (issue 14, R-NATIONAL, docs/adr/0033 and 0034): an outbox row for
 * every change to a signal, written in the change's transaction ({@code internal.OutboxWriter}); a task that sends
 * each row in order per signal, with the signal's state read when it is sent, through {@link
 * org.verwijsindex.national.client.NationalIndex} ({@link nl.verwijsindex.national.NationalOutbox}); a task that
 * fetches the hub's deliveries, stores each once and announces it ({@link nl.verwijsindex.national.NationalInbox},
 * {@link nl.verwijsindex.national.CrossRegionMatchReceived}, {@link nl.verwijsindex.national.YouthMovedInFromOtherRegion});
 * and what professionals and supervisors see of them ({@link nl.verwijsindex.national.CrossRegionMatches}). Owns
 * {@code national_outbox}, {@code national_initial_load}, {@code national_inbox_cursor} and
 * {@code national_delivery}. Does not notify: the
 * notification module listens. Sends nothing unless {@code verwijsindex.national.enabled}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "youth", "signal", "person", "directory", "covenant"})
package nl.verwijsindex.national;
