// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.web.bind.annotation.BindParam;

import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.youth.Bsn;

/**
 * The form of a new signal as typed, kept when it comes back with errors. The page's field names are Dutch. The
 * youth is named by BSN; by surname, birth date, gender and, where needed, postcode when the organisation may not
 * use the BSN (R-BSN-HIDDEN); or, without a BSN, by surname, birth date and gender (R-NOBSN).
 *
 * @param identification {@code geen-bsn} when the youth has no BSN, otherwise by BSN
 * @param confirmed      {@code ja} once the professional confirmed the register's name and birth date
 */
record RegisterForm(
        String bsn,
        @BindParam("dag") String day,
        @BindParam("maand") String month,
        @BindParam("jaar") String year,
        @BindParam("regio") String region,
        @BindParam("identificatie") String identification,
        @BindParam("achternaam") String surname,
        @BindParam("geslacht") String gender,
        String postcode,
        @BindParam("bevestigd") String confirmed) {

    static final RegisterForm EMPTY = new RegisterForm(null, null, null, null, null, null, null, null, null, null);

    private static final Set<String> BIRTH_DATE_CODES =
            Set.of("youth-too-old", "birth-date-in-future", "birth-date-mismatch");

    public boolean withoutBsn() {
        return "geen-bsn".equals(identification);
    }

    public boolean isConfirmed() {
        return "ja".equals(confirmed);
    }

    /** Who the signal is about, or null with the messages in {@code errors}. */
    YouthReference youth(boolean bsnAuthorised, LocalDate birthDate, FormErrors errors) {
        if (bsnAuthorised && !withoutBsn()) {
            Bsn parsed = parseBsn(errors);
            return parsed == null || birthDate == null ? null : new YouthReference.ByBsn(parsed);
        }
        String name = blank(surname) ? null : surname.trim();
        if (name == null) {
            errors.add("achternaam", "Vul de achternaam van de jeugdige in, zoals die in de BRP staat.");
        }
        String genderCode = blank(gender) || !gender.matches("[MVO]") ? null : gender;
        if (genderCode == null) {
            errors.add("geslacht", "Kies het geslacht zoals het in de BRP staat.");
        }
        if (name == null || genderCode == null || birthDate == null) {
            return null;
        }
        if (bsnAuthorised) {
            return new YouthReference.WithoutBsn(name, birthDate, genderCode);
        }
        return new YouthReference.ByPersonData(name, birthDate, genderCode, blank(postcode) ? null : postcode.trim());
    }

    private Bsn parseBsn(FormErrors errors) {
        return BsnInput.read(bsn, "bsn", errors);
    }

    LocalDate birthDate(FormErrors errors) {
        if (blank(day) || blank(month) || blank(year)) {
            errors.add("geboortedatum", "Vul de geboortedatum van de jeugdige in: dag, maand en jaar.");
            return null;
        }
        try {
            int parsedYear = Integer.parseInt(year.trim());
            if (parsedYear < 1900) {
                throw new NumberFormatException();
            }
            return LocalDate.of(parsedYear, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(
                    "geboortedatum",
                    "Deze datum bestaat niet. Vul de dag, maand en het jaar in cijfers in, bijvoorbeeld 4 5 2012.");
            return null;
        }
    }

    /** The field a refusal of the signal or person module belongs to. */
    static String fieldOf(String code) {
        if (BIRTH_DATE_CODES.contains(code)) {
            return "geboortedatum";
        }
        return switch (code) {
            case "invalid-bsn" -> "bsn";
            case "region-required" -> "regio";
            case "invalid-surname" -> "achternaam";
            case "invalid-gender" -> "geslacht";
            case "invalid-postcode", "person-not-identified" -> "postcode";
            default -> FormErrors.FORM;
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "RegisterForm[***]";
    }
}
