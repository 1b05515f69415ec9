package nl.verwijsindex.access.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Messages per form field of the login pages, in the shape the shared form fragments read ({@code has},
 * {@code get}, {@code any}, {@code all}); the site's own pages have the same in their module.
 */
final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

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
