// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

/**
 * A professional found authorised to register a signal (R-MELDER), with the covenant the signal falls
 * under.
 */
public record Registrant(ProfessionalId professionalId, OrganisationId organisationId, String regionCode) {}
