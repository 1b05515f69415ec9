// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import java.time.LocalDate;
import java.time.Period;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** R-YOUTH: a youth is a person under 23 (Jeugdwet 7.1.1.1). */
public final class YouthAge {

    public static final int AGE_LIMIT = 23;

    private YouthAge() {}

    /**
     * The day the person turns 23. For someone born on 29 February this is 28 February in a common year:
     * of the two candidate days the earlier, so that no signal outlives the age limit.
     */
    public static LocalDate twentyThirdBirthday(LocalDate birthDate) {
        return birthDate.plusYears(AGE_LIMIT);
    }

    /**
     * R-AGE-23: the latest birth date of someone who is 23 on {@code today}. Everyone born on or before it
     * has reached the limit; for someone born on 29 February that is 28 February in a common year.
     */
    public static LocalDate latestBirthDateAged23On(LocalDate today) {
        LocalDate cutoff = today.minusYears(AGE_LIMIT);
        while (!twentyThirdBirthday(cutoff.plusDays(1)).isAfter(today)) {
            cutoff = cutoff.plusDays(1);
        }
        return cutoff;
    }

    /**
     * R-INFORM: whom the professional informs about a signal, by the youth's age on {@code today}: under 12 the
     * legal representative, from 12 to 16 the youth and the representative, from 16 the youth (Jeugdwet 7.1.5.1).
     */
    public static WhoToInform whoToInform(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        return age < 12
                ? WhoToInform.LEGAL_REPRESENTATIVE
                : age < 16 ? WhoToInform.YOUTH_AND_LEGAL_REPRESENTATIVE : WhoToInform.YOUTH;
    }

    /** R-INFORM: who is told about a signal. */
    public enum WhoToInform {
        LEGAL_REPRESENTATIVE,
        YOUTH_AND_LEGAL_REPRESENTATIVE,
        YOUTH
    }

    /**
     * R-YOUTH: refuses a registration for someone who is 23 or older on the registration date, or whose
     * birth date lies in the future.
     */
    public static void requireYouth(LocalDate birthDate, LocalDate registrationDate) {
        if (birthDate.isAfter(registrationDate)) {
            throw new DomainException(
                    Kind.INVALID,
                    "birth-date-in-future",
                    "De geboortedatum ligt in de toekomst. Controleer de geboortedatum.");
        }
        if (!registrationDate.isBefore(twentyThirdBirthday(birthDate))) {
            throw new DomainException(
                    Kind.INVALID,
                    "youth-too-old",
                    "Deze persoon is 23 jaar of ouder. De Verwijsindex is alleen voor jeugdigen tot 23 jaar.");
        }
    }
}
