// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The person register (BRP): the port the index asks it through, with its adapter, the Haal Centraal BRP
 * API Personen v2 client ({@code internal}, connected when {@code verwijsindex.person.brp.base-url} is set),
 * and what the index derives from the answers: parents and address as blind indexes for family and address
 * matches (R-MATCH-FAMILY, R-MATCH-ADDRESS), moves (R-MOVE), deaths (R-DEATH), the BSN of a youth named by
 * other data (R-BSN-HIDDEN). Owns {@code youth_person} and {@code youth_parent}. Keeps no name, birth date or
 * address: what is shown is fetched when it is shown (R-DATA).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "youth", "signal", "directory", "covenant", "logbook"})
package nl.verwijsindex.person;
