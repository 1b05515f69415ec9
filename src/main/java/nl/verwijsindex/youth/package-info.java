// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Youth identity: the {@link nl.verwijsindex.youth.Bsn} value, its keyed blind index and encryption at
 * rest (DESIGN decision 1), and the age rule (R-YOUTH). Owns the {@code youth} table. Knows nothing of
 * signals, professionals or the person register.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.verwijsindex.youth;
