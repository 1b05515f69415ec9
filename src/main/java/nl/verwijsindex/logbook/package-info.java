// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * R-LOGBOOK: the append-only record of who registered, ended, received a notice or looked at a youth,
 * and when. The youth is named only by blind index. Owns {@code logbook_entry}; decides nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.logbook;
