// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

/** R-CONSULTED: what the consultation led to, as categories only (seed 003, table 4.1); never free text. */
public enum ConsultationOutcome {
    /** Meer zicht op de problematiek of het grote plaatje rond het gezin. */
    MORE_INSIGHT,
    /** Afstemming in een vroeg stadium met een andere organisatie. */
    EARLY_ALIGNMENT,
    /** Aanpassing van het plan van aanpak. */
    PLAN_ADJUSTED,
    /** Opschaling van de hulpverlening. */
    SCALED_UP,
    /** Tot niets concreets. */
    NOTHING_CONCRETE
}
