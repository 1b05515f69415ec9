// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

/** {@code geslacht} in the register: the codes M, V and O of its value table. */
public enum Gender {
    MALE("M"),
    FEMALE("V"),
    UNKNOWN("O");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    /** The register's code: M, V or O. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but M, V or O (either case) */
    public static Gender ofCode(String code) {
        for (Gender gender : values()) {
            if (gender.code.equalsIgnoreCase(code)) {
                return gender;
            }
        }
        throw new IllegalArgumentException("unknown gender code");
    }
}
