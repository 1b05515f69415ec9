// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.BindParam;

import nl.verwijsindex.shared.web.FormErrors;

/**
 * A professional's contact details as typed on the coordinator's forms (the page's field names are Dutch),
 * checked before the directory is asked, with a message next to each field.
 */
record ContactForm(
        @BindParam("naam") String name,
        String email,
        @BindParam("telefoon") String phone,
        @BindParam("aangewezen") String designation) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static ContactForm empty() {
        return new ContactForm(null, null, null, null);
    }

    public boolean designated() {
        return "ja".equals(designation);
    }

    String trimmedName() {
        return name == null ? null : name.trim();
    }

    String trimmedEmail() {
        return email == null ? null : email.trim();
    }

    String trimmedPhone() {
        return phone == null ? null : phone.trim();
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (blank(name)) {
            errors.add("naam", "Vul de naam van de professional in.");
        } else if (name.trim().length() > 200) {
            errors.add("naam", "De naam is te lang: gebruik ten hoogste 200 tekens.");
        }
        validEmail("email", email, errors);
        if (blank(phone)) {
            errors.add("telefoon", "Vul een telefoonnummer in.");
        } else if (phone.trim().length() > 30 || !phone.trim().matches("[0-9+()\\- ]+")) {
            errors.add(
                    "telefoon",
                    "Dit telefoonnummer klopt niet. Gebruik cijfers, spaties en eventueel + of -, bijvoorbeeld 06 1234 5678.");
        }
        return errors;
    }

    static void validEmail(String field, String email, FormErrors errors) {
        if (blank(email)) {
            errors.add(field, "Vul een werk-e-mailadres in.");
        } else if (email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            errors.add(field, "Dit e-mailadres klopt niet. Een e-mailadres ziet eruit als naam@organisatie.nl.");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
