// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * What every module may use: the base of domain errors that the edges turn into problem details,
 * and the injected {@link java.time.Clock}. Owns no data and no business rule.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.verwijsindex.shared;

import org.springframework.modulith.ApplicationModule;
