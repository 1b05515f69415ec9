// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/** The roles of DESIGN.md that log in to the web application. An account has exactly one. */
public enum Role {
    /** Meldingsbevoegde professional: linked to one professional of the directory. */
    PROFESSIONAL,
    /** Instellingscoördinator: linked to one organisation. */
    ORGANISATION_COORDINATOR,
    /** Regievoerder gemeente: linked to one municipality (CBS code). */
    MUNICIPAL_SUPERVISOR,
    /** Regiocoördinator or convenantbeheerder: linked to one covenant region. */
    REGION_COORDINATOR,
    /** Functioneel beheerder: configuration and accounts. */
    ADMINISTRATOR,
    /** Functionaris gegevensbescherming: searches and exports the logbook (R-LOGBOOK), read-only; linked to nothing. */
    DATA_PROTECTION_OFFICER,
    /** Privacyloket van een gemeente: records and decides requests of youths and parents (R-REQUEST); one municipality. */
    PRIVACY_DESK;

    /** The Spring Security authority that pages check. */
    public String authority() {
        return "ROLE_" + name();
    }
}
