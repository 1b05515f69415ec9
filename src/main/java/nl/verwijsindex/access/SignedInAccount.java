// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

/**
 * Who is logged in, as the session keeps it: ids and codes only. A professional's organisation is filled
 * in from the directory at login; the other links are null unless the role has them.
 */
public record SignedInAccount(
        UUID accountId,
        String username,
        String displayName,
        Role role,
        UUID professionalId,
        UUID organisationId,
        String municipalityCode,
        String regionCode)
        implements Serializable, Principal {

    /** The name the session store indexes a login by: the account's id, never a person's name. */
    @Override
    public String getName() {
        return accountId.toString();
    }

    public AccountId id() {
        return new AccountId(accountId);
    }

    /** @throws IllegalStateException for an account that is not a professional's */
    public ProfessionalId professional() {
        if (professionalId == null) {
            throw new IllegalStateException("account " + accountId + " is not a professional's");
        }
        return new ProfessionalId(professionalId);
    }

    /** @throws IllegalStateException for an account without an organisation */
    public OrganisationId organisation() {
        if (organisationId == null) {
            throw new IllegalStateException("account " + accountId + " has no organisation");
        }
        return new OrganisationId(organisationId);
    }
}
