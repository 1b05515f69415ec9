// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Messages per form field, in the order of the form, for the error summary at the top of the page (each
 * links to its field) and the message next to the field, in the shape the shared form fragments read
 * ({@code has}, {@code get}, {@code any}, {@code all}). One class for every module with pages: the login pages
 * and the site's. {@link #FORM} is for what concerns no one field.
 */
public final class FormErrors {

    public static final String FORM = "formulier";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** For the templates: {@code errors.get('bsn')}, {@code errors.all()}. */
    public String get(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> all() {
        return byField;
    }
}
