// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

/**
 * R-CONSULTED: what the consultation led to, as categories only, never free text: the eleven answers of table 4.1
 * of seed 003, in its order, of which the director may choose more than one.
 */
public enum ConsultationOutcome {
    /** Meer zicht op systeemproblematiek of het grote plaatje rond het gezin. */
    MORE_INSIGHT,
    /** Afstemming in een vroeg stadium met een andere organisatie. */
    EARLY_ALIGNMENT,
    /** Tot niets concreets. */
    NOTHING_CONCRETE,
    /** Afstemming met een professional of organisatie die nog niet betrokken was. */
    INVOLVED_NEW_PARTY,
    /** Opschaling van de hulpverlening van het gezin. */
    FAMILY_HELP_SCALED_UP,
    /** Aanpassing van het plan van aanpak van de jongere. */
    PLAN_ADJUSTED,
    /** Opschaling van de hulpverlening van de jongere. */
    SCALED_UP,
    /** Aanpassing van de beoordeling van de problematiek van de jongere. */
    ASSESSMENT_ADJUSTED,
    /** Aanpassing van het plan van aanpak van het gezin. */
    FAMILY_PLAN_ADJUSTED,
    /** Weet ik niet. */
    DONT_KNOW,
    /** Overig. */
    OTHER
}
