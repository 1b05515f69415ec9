// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

/**
 * R-CATEGORY: the domains of the authorised categories of organisation (BJw 7.1.1-7.1.7), with the name people
 * know them by. The one list: the match director rules rank by it and the pages show it; the database's check
 * on {@code organisation_category.domain} (V1) holds the same names.
 */
public enum Domain {
    YOUTH_CARE("Jeugdhulp"),
    YOUTH_HEALTH_CARE("Jeugdgezondheidszorg"),
    HEALTH_CARE("Gezondheidszorg"),
    EDUCATION("Onderwijs"),
    SOCIAL_SUPPORT("Maatschappelijke ondersteuning"),
    WORK_AND_INCOME("Werk en inkomen"),
    POLICE_AND_JUSTICE("Politie en justitie");

    private final String dutchName;

    Domain(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** Whether {@code name} is one of the domains; a rule naming anything else is refused. */
    public static boolean isDomain(String name) {
        for (Domain domain : values()) {
            if (domain.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
