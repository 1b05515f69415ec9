package nl.verwijsindex.site.web;

import java.util.regex.Pattern;

import nl.verwijsindex.shared.web.FormErrors;

/**
 * A professional's contact details as typed on the coordinator's forms (field names are the Dutch ones of the
 * page), checked before the directory is asked, with a message next to each field.
 */
record ContactForm(String naam, String email, String telefoon, String aangewezen) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static ContactForm empty() {
        return new ContactForm(null, null, null, null);
    }

    public boolean designated() {
        return "ja".equals(aangewezen);
    }

    String trimmedName() {
        return naam == null ? null : naam.trim();
    }

    String trimmedEmail() {
        return email == null ? null : email.trim();
    }

    String trimmedPhone() {
        return telefoon == null ? null : telefoon.trim();
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (blank(naam)) {
            errors.add("naam", "Vul de naam van de professional in.");
        } else if (naam.trim().length() > 200) {
            errors.add("naam", "De naam is te lang: gebruik ten hoogste 200 tekens.");
        }
        validEmail("email", email, errors);
        if (blank(telefoon)) {
            errors.add("telefoon", "Vul een telefoonnummer in.");
        } else if (telefoon.trim().length() > 30 || !telefoon.trim().matches("[0-9+()\\- ]+")) {
            errors.add("telefoon", "Dit telefoonnummer klopt niet. Gebruik cijfers, spaties en eventueel + of -, bijvoorbeeld 06 1234 5678.");
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
