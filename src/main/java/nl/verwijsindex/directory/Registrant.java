// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

/**
 * A professional found authorised to register a signal (R-MELDER), with the covenant the signal falls
 * under, and whether the organisation may use the BSN (R-BSN-HIDDEN), read with the authorisation so a registration
 * need not ask the directory again (issue 18).
 *
 * @param categoryCode the code of the organisation's category, read with the authorisation, for the registration's
 *                     report fact (R-REPORTS), so that it need not be read again (issue 18, docs/adr/0049)
 */
public record Registrant(
        ProfessionalId professionalId,
        OrganisationId organisationId,
        String regionCode,
        boolean bsnAuthorised,
        String categoryCode) {}
