// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

/**
 * An account as the administrator sees it in the list: who, which role, what the role is linked to, and
 * whether it is locked or disabled or has a second factor. Never a password hash or a secret.
 */
public record AccountOverview(
        AccountId id,
        String username,
        String displayName,
        Role role,
        ProfessionalId professional,
        OrganisationId organisation,
        String municipalityCode,
        String regionCode,
        boolean locked,
        boolean secondFactorSet,
        boolean disabled) {}
