// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The single-command run: an embedded PostgreSQL with a persistent data directory, an in-process SMTP
 * server whose mail a developer can read (http://localhost:8080/dev/mail), a key file kept in the data
 * directory, demo data with published credentials (API tokens and web accounts), and a stand-in BRP with
 * synthetic persons ({@code standalone.brp}) that the person register's client is pointed at.
 * The demo history is played through the modules' own APIs under a moved clock ({@code DemoClock}).
 * Switched off in production ({@code verwijsindex.standalone.enabled=false}); nothing else depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "covenant", "directory", "youth", "access", "signal", "logbook", "coordination", "matching", "notification", "rights"})
package nl.verwijsindex.standalone;
