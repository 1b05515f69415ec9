// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.web.FormErrors;

/**
 * The administrator's new-account form as typed. Exactly one link counts: the one the role needs. No password: the person chooses it with
 * the activation link sent to {@code email} (a professional's goes to the directory's address).
 */
record NewAccountForm(
        String gebruikersnaam,
        String naam,
        String rol,
        String professional,
        String organisatie,
        String gemeente,
        String regio,
        String email) {

    Role role() {
        try {
            return rol == null ? null : Role.valueOf(rol);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String linkField() {
        Role role = role();
        return role == null ? "rol" : AccountLinks.linkFieldOf(role);
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (ContactForm.blank(gebruikersnaam)) {
            errors.add("gebruikersnaam", "Vul een gebruikersnaam in.");
        } else if (!gebruikersnaam.trim().toLowerCase().matches("[a-z0-9._-]{2,64}")) {
            errors.add(
                    "gebruikersnaam", "Een gebruikersnaam heeft 2 tot 64 kleine letters, cijfers of de tekens . _ -.");
        }
        if (ContactForm.blank(naam)) {
            errors.add("naam", "Vul de naam in zoals de gebruiker die bovenaan de pagina ziet.");
        } else if (naam.trim().length() > 200) {
            errors.add("naam", "De naam is te lang: gebruik ten hoogste 200 tekens.");
        }
        Role role = role();
        if (role == null) {
            errors.add("rol", "Kies de rol van het account.");
        } else if (role != Role.ADMINISTRATOR && role != Role.DATA_PROTECTION_OFFICER && ContactForm.blank(link())) {
            errors.add(
                    linkField(),
                    switch (role) {
                        case PROFESSIONAL -> "Kies de professional van wie dit account is.";
                        case ORGANISATION_COORDINATOR -> "Kies de organisatie van de instellingscoördinator.";
                        case MUNICIPAL_SUPERVISOR -> "Kies de gemeente van de regievoerder.";
                        case PRIVACY_DESK -> "Kies de gemeente van het privacyloket.";
                        default -> "Kies de regio van de regiocoördinator.";
                    });
        } else if (role == Role.PROFESSIONAL || role == Role.ORGANISATION_COORDINATOR) {
            try {
                UUID.fromString(link().trim());
            } catch (IllegalArgumentException e) {
                errors.add(
                        linkField(),
                        role == Role.PROFESSIONAL
                                ? "Kies de professional van wie dit account is."
                                : "Kies de organisatie van de instellingscoördinator.");
            }
        }
        if (role != null && role != Role.PROFESSIONAL && ContactForm.blank(email)) {
            errors.add("email", "Vul het e-mailadres in waar de link om het account te activeren heen gaat.");
        }
        return errors;
    }

    private String link() {
        return switch (role()) {
            case PROFESSIONAL -> professional;
            case ORGANISATION_COORDINATOR -> organisatie;
            case MUNICIPAL_SUPERVISOR, PRIVACY_DESK -> gemeente;
            case REGION_COORDINATOR -> regio;
            case ADMINISTRATOR, DATA_PROTECTION_OFFICER -> null;
        };
    }

    NewAccount toNewAccount() {
        String username = gebruikersnaam.trim();
        String name = naam.trim();
        return switch (role()) {
            case PROFESSIONAL ->
                NewAccount.professional(username, name, null, new ProfessionalId(UUID.fromString(professional.trim())));
            case ORGANISATION_COORDINATOR ->
                NewAccount.organisationCoordinator(
                        username, name, null, new OrganisationId(UUID.fromString(organisatie.trim())));
            case MUNICIPAL_SUPERVISOR -> NewAccount.municipalSupervisor(username, name, null, gemeente.trim());
            case PRIVACY_DESK -> NewAccount.privacyDesk(username, name, null, gemeente.trim());
            case REGION_COORDINATOR -> NewAccount.regionCoordinator(username, name, null, regio.trim());
            case ADMINISTRATOR -> NewAccount.administrator(username, name, null);
            case DATA_PROTECTION_OFFICER -> NewAccount.dataProtectionOfficer(username, name, null);
        };
    }

    @Override
    public String toString() {
        return "NewAccountForm[" + gebruikersnaam + ", " + rol + "]";
    }
}
