// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

/**
 * What one professional may see of another in a match (R-NOTICE): contact details of the professional
 * and of their organisation's coordinator. Never anything about the youth.
 */
public record ProfessionalContact(
        ProfessionalId id,
        String name,
        String email,
        String phone,
        OrganisationId organisationId,
        String organisationName,
        String coordinatorName,
        String coordinatorEmail,
        String coordinatorPhone) {}
