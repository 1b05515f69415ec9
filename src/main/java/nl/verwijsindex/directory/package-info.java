// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Who may take part: organisations with their category and domain (R-CATEGORY) and professionals with their
 * designation (R-MELDER). Covenants, regions and municipalities are the covenant module's, which depends on
 * this one; the directory asks it about memberships only through its port {@link CovenantParties}. Knows
 * nothing of youths or signals, and nothing of credentials: those belong to the {@code access} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.directory;
