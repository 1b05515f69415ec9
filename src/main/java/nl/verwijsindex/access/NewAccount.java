// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

/**
 * An account to create. Use the factory for the role: each links the account to exactly what the role
 * works for.
 */
public record NewAccount(
        String username,
        String displayName,
        String password,
        Role role,
        ProfessionalId professional,
        OrganisationId organisation,
        String municipalityCode,
        String regionCode) {

    public static NewAccount professional(
            String username, String displayName, String password, ProfessionalId professional) {
        return new NewAccount(username, displayName, password, Role.PROFESSIONAL, professional, null, null, null);
    }

    public static NewAccount organisationCoordinator(
            String username, String displayName, String password, OrganisationId organisation) {
        return new NewAccount(
                username, displayName, password, Role.ORGANISATION_COORDINATOR, null, organisation, null, null);
    }

    public static NewAccount municipalSupervisor(
            String username, String displayName, String password, String municipalityCode) {
        return new NewAccount(
                username, displayName, password, Role.MUNICIPAL_SUPERVISOR, null, null, municipalityCode, null);
    }

    /** R-REQUEST: the privacy desk of one municipality. */
    public static NewAccount privacyDesk(
            String username, String displayName, String password, String municipalityCode) {
        return new NewAccount(username, displayName, password, Role.PRIVACY_DESK, null, null, municipalityCode, null);
    }

    public static NewAccount regionCoordinator(
            String username, String displayName, String password, String regionCode) {
        return new NewAccount(username, displayName, password, Role.REGION_COORDINATOR, null, null, null, regionCode);
    }

    public static NewAccount administrator(String username, String displayName, String password) {
        return new NewAccount(username, displayName, password, Role.ADMINISTRATOR, null, null, null, null);
    }

    public static NewAccount dataProtectionOfficer(String username, String displayName, String password) {
        return new NewAccount(username, displayName, password, Role.DATA_PROTECTION_OFFICER, null, null, null, null);
    }

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
