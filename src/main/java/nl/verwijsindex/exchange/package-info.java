// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Exchange with other systems (issue 18, ADR 0031): the versioned JSON Lines format of
 * {@code docs/exchange/}, its import (with a dry run that only reports, and a real run that is idempotent and
 * resumable) and its export. Owns {@code exchange_run} and {@code exchange_problem}. Writes nothing of other
 * modules itself: organisations, professionals and signals go in through their modules' own APIs; the export
 * is a read model that joins their tables (ADR 0004).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "youth", "directory", "covenant", "signal", "coordination", "logbook"})
package nl.verwijsindex.exchange;
