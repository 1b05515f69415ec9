// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.CaseState;
import nl.verwijsindex.coordination.ConsultationOutcome;
import nl.verwijsindex.coordination.SupervisorWorkList;

/**
 * The Dutch words for the coordination's states, outcome categories (R-CONSULTED, seed 003 table 4.1) and kinds of
 * match, in plain language. Templates use it as {@code @coordinationText}.
 */
@Component("coordinationText")
public class CoordinationText {

    public String state(CaseState state) {
        return switch (state) {
            case OPEN -> "Open";
            case CONSULTED -> "Afgestemd";
            case OVERDUE -> "Te laat";
            case CLOSED -> "Gesloten";
        };
    }

    /** What the state means for the professional. */
    public String stateExplained(CaseState state) {
        return switch (state) {
            case OPEN -> "De matchregisseur neemt voor de uiterste datum contact op met de anderen.";
            case CONSULTED -> "De professionals hebben met elkaar afgestemd.";
            case OVERDUE ->
                "De uiterste datum is voorbij zonder afstemming. De regievoerder van de gemeente is ingelicht.";
            case CLOSED -> "Er zijn minder dan twee actieve signalen. Er is niemand meer om mee af te stemmen.";
        };
    }

    public String outcome(ConsultationOutcome outcome) {
        return switch (outcome) {
            case MORE_INSIGHT -> "Meer zicht op de situatie rond de jeugdige of het gezin";
            case EARLY_ALIGNMENT -> "Vroeg afgestemd met een andere organisatie";
            case NOTHING_CONCRETE -> "Niets concreets";
            case INVOLVED_NEW_PARTY -> "Afgestemd met een professional of organisatie die nog niet betrokken was";
            case FAMILY_HELP_SCALED_UP -> "De hulp aan het gezin is opgeschaald";
            case PLAN_ADJUSTED -> "Het plan van aanpak is aangepast";
            case SCALED_UP -> "De hulp is opgeschaald";
            case ASSESSMENT_ADJUSTED -> "De beoordeling van de situatie van de jeugdige is aangepast";
            case FAMILY_PLAN_ADJUSTED -> "Het plan van aanpak voor het gezin is aangepast";
            case DONT_KNOW -> "Weet ik niet";
            case OTHER -> "Iets anders";
        };
    }

    /** How the director was appointed: by hand-over or by the region's rules (R-DIRECTOR). */
    public String directorBasis(String basis) {
        return switch (basis == null ? "" : basis) {
            case "HAND_OVER" -> "De regie is overgedragen.";
            case "IMPORTED" -> "Overgenomen uit het vorige systeem van de regio.";
            default -> "Aangewezen volgens de regels van de regio.";
        };
    }

    /** The kinds of match as table 3.1 of seed 003 names them. */
    public String kind(String kind) {
        return switch (kind) {
            case "YOUTH" -> "Cliëntmatch (zelfde jeugdige)";
            case "FAMILY" -> "Gezinsmatch";
            case "ADDRESS" -> "Adresmatch";
            default -> kind;
        };
    }

    /** Issue 16 item 8: how late a case on the supervisor's work list is, in working days. */
    public String lateness(SupervisorWorkList.WorkItem item) {
        if (item.missedDeadline() == null) {
            return "Later toch afgestemd";
        }
        return switch (item.workingDaysLate()) {
            case 0 -> "Termijn voorbij, nog geen werkdag te laat";
            case 1 -> "1 werkdag te laat";
            default -> item.workingDaysLate() + " werkdagen te laat";
        };
    }
}
