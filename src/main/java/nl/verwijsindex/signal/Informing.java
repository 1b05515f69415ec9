// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-INFORM: what the professional recorded about informing the youth or the legal representative of one signal:
 * that they informed, on which day and how, or that they postpone it for a listed reason until a day to look again.
 */
public sealed interface Informing {

    /** How far ahead a postponement may look: after that the professional decides again. */
    int MAX_POSTPONEMENT_MONTHS = 3;

    /** A match reminds a professional who has not recorded informing only once their signal is this many days old. */
    int MATCH_REMINDER_AFTER_DAYS = 3;

    record Informed(LocalDate on, Method method) implements Informing {}

    record Postponed(PostponementReason reason, LocalDate lookAgainOn) implements Informing {}

    enum Method {
        IN_PERSON,
        PHONE,
        LETTER,
        DIGITAL
    }

    /** Jeugdwet 7.1.5.1: informing may wait only for safety. */
    enum PostponementReason {
        YOUTH_SAFETY,
        SAFETY_OF_OTHERS
    }

    /** The recorded state with when it was recorded. */
    record Recorded(Informing informing, OffsetDateTime recordedAt) {}

    /** Refuses what cannot be true for a signal registered on {@code registeredOn}, judged on {@code today}. */
    static void requireValid(Informing informing, LocalDate registeredOn, LocalDate today) {
        if (informing instanceof Informed informed) {
            if (informed.on().isAfter(today)) {
                throw new DomainException(
                        Kind.INVALID,
                        "informed-date-in-future",
                        "De datum waarop u informeerde ligt in de toekomst. Vul de dag in waarop het gebeurde.");
            }
            if (informed.on().isBefore(registeredOn.minusDays(30))) {
                throw new DomainException(
                        Kind.INVALID,
                        "informed-date-too-early",
                        "De datum waarop u informeerde ligt meer dan 30 dagen voor het signaal. Controleer de datum.");
            }
        } else if (informing instanceof Postponed postponed) {
            if (!postponed.lookAgainOn().isAfter(today)
                    || postponed.lookAgainOn().isAfter(today.plusMonths(MAX_POSTPONEMENT_MONTHS))) {
                throw new DomainException(
                        Kind.INVALID,
                        "look-again-date-out-of-range",
                        "Kies een datum om opnieuw te kijken na vandaag en binnen " + MAX_POSTPONEMENT_MONTHS
                                + " maanden.");
            }
        }
    }
}
