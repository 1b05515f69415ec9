// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.YouthAge;

/** The rules of R-REQUEST in one place, for a municipality's lawyer to read. */
public final class RequestRules {

    /** AVG art. 12 lid 3: one month from receipt. */
    public static final int MONTHS_TO_DECIDE = 1;

    /** AVG art. 12 lid 3: extendable once by two months, with the requester told why within the first month. */
    public static final int MONTHS_OF_EXTENSION = 2;

    private RequestRules() {}

    /**
     * R-REQUEST, who may ask (Jeugdwet 7.1.5.1 lid 2, as R-INFORM): under 12 the legal representative; from 12 to 16
     * the youth and the representative jointly; from 16 the youth. Age on the day the request is received.
     */
    public static void requireEntitled(Requester requester, LocalDate birthDate, LocalDate receivedOn) {
        if (birthDate.isAfter(receivedOn)) {
            throw new DomainException(
                    Kind.INVALID,
                    "birth-date-in-future",
                    "De geboortedatum ligt na de datum van ontvangst. Controleer de geboortedatum.");
        }
        Requester entitled = switch (YouthAge.whoToInform(birthDate, receivedOn)) {
            case LEGAL_REPRESENTATIVE -> Requester.LEGAL_REPRESENTATIVE;
            case YOUTH_AND_LEGAL_REPRESENTATIVE -> Requester.YOUTH_AND_LEGAL_REPRESENTATIVE;
            case YOUTH -> Requester.YOUTH;
        };
        if (requester != entitled) {
            throw new DomainException(
                    Kind.INVALID,
                    "requester-not-entitled",
                    switch (entitled) {
                        case LEGAL_REPRESENTATIVE ->
                            "Voor een jeugdige onder de 12 jaar doet de wettelijk vertegenwoordiger het verzoek.";
                        case YOUTH_AND_LEGAL_REPRESENTATIVE ->
                            "Voor een jeugdige van 12 tot 16 jaar doen de jeugdige en de wettelijk vertegenwoordiger "
                                    + "het verzoek samen.";
                        case YOUTH -> "Vanaf 16 jaar doet de jeugdige het verzoek zelf.";
                    });
        }
    }

    /**
     * R-REQUEST: the day the decision is due, one month after receipt; a deadline that ends on a Saturday, Sunday or
     * public holiday moves to the next working day (Algemene termijnenwet art. 1).
     */
    public static LocalDate dueOn(LocalDate receivedOn, DutchCalendar calendar) {
        return onWorkingDay(receivedOn.plusMonths(MONTHS_TO_DECIDE), calendar);
    }

    /** R-REQUEST: the day the decision is due after the one extension, three months after receipt. */
    public static LocalDate extendedDueOn(LocalDate receivedOn, DutchCalendar calendar) {
        return onWorkingDay(receivedOn.plusMonths(MONTHS_TO_DECIDE + MONTHS_OF_EXTENSION), calendar);
    }

    /** The day the desk is reminded: this many working days before the day the decision is due. */
    public static LocalDate reminderOn(LocalDate dueOn, int workingDaysBefore, DutchCalendar calendar) {
        LocalDate day = dueOn;
        for (int i = 0; i < workingDaysBefore; i++) {
            day = calendar.previousWorkingDay(day);
        }
        return day;
    }

    private static LocalDate onWorkingDay(LocalDate day, DutchCalendar calendar) {
        return calendar.isWorkingDay(day) ? day : calendar.workingDaysAfter(day, 1);
    }
}
