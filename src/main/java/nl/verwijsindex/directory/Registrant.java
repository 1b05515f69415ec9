// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

/**
 * A professional found authorised to register a signal (R-MELDER), with the covenant the signal falls
 * under, and whether the organisation may use the BSN (R-BSN-HIDDEN), read with the authorisation so a registration
 * need not ask the directory again (issue 18).
 */
public record Registrant(
        ProfessionalId professionalId, OrganisationId organisationId, String regionCode, boolean bsnAuthorised) {}
