// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The covenants of the index: the regions and their municipalities, which organisations are party to a region's
 * covenant and from when to when, the addresses a region designates as institutions (R-MATCH-ADDRESS), and all
 * of a region's own settings as one aggregate, {@link nl.verwijsindex.covenant.RegionSettings}, saved whole in
 * one transaction (DESIGN decision 5). It keeps the director rules as data; the coordination module applies them.
 * Depends on the directory for organisations and categories, never the reverse: the directory learns of
 * memberships through its port {@link nl.verwijsindex.directory.CovenantParties}, which this module implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "directory", "logbook"})
package nl.verwijsindex.covenant;
