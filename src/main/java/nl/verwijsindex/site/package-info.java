// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The web application for people (issue 6): server-rendered pages per role that call the other modules'
 * APIs for the logged-in account and never implement a rule themselves. Owns no table. The login itself,
 * and who has which role, belong to the {@code access} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "covenant", "directory", "youth",
        "signal", "matching", "notification", "logbook", "coordination", "retention", "person", "rights", "reporting", "exchange",
        "national"})
package nl.verwijsindex.site;
