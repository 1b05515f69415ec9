// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A request to {@code POST /personen}, checked as the BRP API Personen v2 checks it: the query type, its
 * required parameters and their patterns, no parameter the type does not have, and only known
 * {@code fields}. The stand-in answers three of the seven query types.
 *
 * @param fields          the asked-for paths
 * @param includeDeceased {@code inclusiefOverledenPersonen}; a Raadpleeg always includes them
 */
record PersonsQuery(
        String type,
        List<String> fields,
        List<String> bsns,
        String surname,
        LocalDate birthDate,
        String gender,
        String prefix,
        String givenNames,
        String addressableObjectId,
        String municipality,
        boolean includeDeceased) {

    static final String BY_BSN = "RaadpleegMetBurgerservicenummer";
    static final String BY_SURNAME_AND_BIRTH_DATE = "ZoekMetGeslachtsnaamEnGeboortedatum";
    static final String BY_ADDRESSABLE_OBJECT = "ZoekMetAdresseerbaarObjectIdentificatie";

    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            BY_BSN, Set.of("burgerservicenummer"),
            BY_SURNAME_AND_BIRTH_DATE,
                    Set.of(
                            "geslachtsnaam",
                            "geboortedatum",
                            "geslacht",
                            "voorvoegsel",
                            "voornamen",
                            "inclusiefOverledenPersonen"),
            BY_ADDRESSABLE_OBJECT, Set.of("adresseerbaarObjectIdentificatie", "inclusiefOverledenPersonen"));
    private static final Set<String> COMMON = Set.of("type", "fields", "gemeenteVanInschrijving");

    private static final Pattern BSN = Pattern.compile("^[0-9]{9}$");
    private static final Pattern FIELD = Pattern.compile("^[a-zA-Z0-9._]{1,200}$");
    private static final Pattern SURNAME =
            Pattern.compile("^[a-zA-Z0-9À-ž .\\-']{1,200}$|^[a-zA-Z0-9À-ž .\\-']{3,199}\\*$");
    private static final Pattern GENDER = Pattern.compile("^([Mm]|[Vv]|[Oo])$");
    private static final Pattern PREFIX = Pattern.compile("^[a-zA-Z ']{1,10}$");
    private static final Pattern GIVEN_NAMES = Pattern.compile("^[a-zA-Z0-9À-ž .\\-']{1,199}\\*?$");
    private static final Pattern OBJECT_ID = Pattern.compile("^(?!0{16})[0-9]{16}$");
    private static final Pattern MUNICIPALITY = Pattern.compile("^[0-9]{4}$");

    /** Whether the answer holds {@code Persoon} (Raadpleeg) rather than {@code PersoonBeperkt}. */
    boolean full() {
        return type.equals(BY_BSN);
    }

    /** @throws BadRequest listing every invalid parameter */
    static PersonsQuery parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequest(List.of(new InvalidParam("object", "body", "De body is geen JSON object.")));
        }
        Checker check = new Checker(body);
        String type = check.text("type", null, true);
        if (type != null && !PARAMETERS.containsKey(type)) {
            check.invalid("value", "type", "Waarde is geen zoektype dat de stand in kent.");
        }
        if (type == null || !PARAMETERS.containsKey(type)) {
            check.done();
        }
        for (String name : body.propertyNames()) {
            if (!COMMON.contains(name) && !PARAMETERS.get(type).contains(name)) {
                check.invalid("unknownParam", name, "Parameter is niet verwacht.");
            }
        }
        List<String> fields = check.fields(type.equals(BY_BSN) ? FieldPaths.PERSON : FieldPaths.LIMITED_PERSON);
        String municipality = check.text("gemeenteVanInschrijving", MUNICIPALITY, false);
        PersonsQuery query = switch (type) {
            case BY_BSN ->
                new PersonsQuery(type, fields, check.bsns(), null, null, null, null, null, null, municipality, true);
            case BY_SURNAME_AND_BIRTH_DATE ->
                new PersonsQuery(
                        type,
                        fields,
                        List.of(),
                        check.text("geslachtsnaam", SURNAME, true),
                        check.date("geboortedatum"),
                        check.text("geslacht", GENDER, false),
                        check.text("voorvoegsel", PREFIX, false),
                        check.text("voornamen", GIVEN_NAMES, false),
                        null,
                        municipality,
                        check.bool("inclusiefOverledenPersonen"));
            default ->
                new PersonsQuery(
                        type,
                        fields,
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        check.text("adresseerbaarObjectIdentificatie", OBJECT_ID, true),
                        municipality,
                        check.bool("inclusiefOverledenPersonen"));
        };
        check.done();
        return query;
    }

    /** Collects every invalid parameter before refusing, as the API does. */
    private static final class Checker {

        private final JsonNode body;
        private final List<InvalidParam> invalid = new ArrayList<>();

        Checker(JsonNode body) {
            this.body = body;
        }

        void invalid(String code, String name, String reason) {
            invalid.add(new InvalidParam(code, name, reason));
        }

        void done() {
            if (!invalid.isEmpty()) {
                throw new BadRequest(invalid);
            }
        }

        String text(String name, Pattern pattern, boolean required) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    invalid("required", name, "Parameter is verplicht.");
                }
                return null;
            }
            if (!value.isString()) {
                invalid("string", name, "Waarde is geen geldige string.");
                return null;
            }
            if (pattern != null && !pattern.matcher(value.stringValue()).matches()) {
                invalid("pattern", name, "Waarde voldoet niet aan het patroon.");
                return null;
            }
            return value.stringValue();
        }

        LocalDate date(String name) {
            String value = text(name, null, true);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                invalid("date", name, "Waarde is geen geldige datum.");
                return null;
            }
        }

        boolean bool(String name) {
            JsonNode value = body.get(name);
            if (value != null && !value.isBoolean()) {
                invalid("boolean", name, "Waarde is geen geldige boolean.");
                return false;
            }
            return value != null && value.booleanValue();
        }

        List<String> bsns() {
            return items(
                    "burgerservicenummer",
                    20,
                    value -> BSN.matcher(value).matches(),
                    "pattern",
                    "Waarde voldoet niet aan het patroon.");
        }

        List<String> fields(Set<String> known) {
            List<String> fields = items(
                    "fields",
                    130,
                    value -> FIELD.matcher(value).matches(),
                    "pattern",
                    "Waarde voldoet niet aan het patroon.");
            for (String field : fields) {
                if (FieldPaths.AUTOMATIC.stream().anyMatch(a -> field.equals(a) || field.startsWith(a + "."))) {
                    invalid("fields", "fields", "Parameter bevat een niet toegestane veldnaam.");
                } else if (!known.contains(field)) {
                    invalid("fields", "fields", "Parameter bevat een niet bestaande veldnaam.");
                }
            }
            return fields;
        }

        private List<String> items(String name, int max, Predicate<String> valid, String code, String reason) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                invalid("required", name, "Parameter is verplicht.");
                return List.of();
            }
            if (!value.isArray()) {
                invalid("array", name, "Parameter is geen array.");
                return List.of();
            }
            if (value.isEmpty() || value.size() > max) {
                invalid(
                        value.isEmpty() ? "minItems" : "maxItems",
                        name,
                        value.isEmpty() ? "Array bevat minder dan 1 item." : "Array bevat meer dan " + max + " items.");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isString() && valid.test(item.stringValue())) {
                    items.add(item.stringValue());
                } else {
                    invalid(code, name, reason);
                }
            }
            return items;
        }
    }

    /** One entry of {@code invalidParams}. */
    record InvalidParam(String code, String name, String reason) {}

    /** The request is refused with a 400 {@code BadRequestFoutbericht}. */
    static final class BadRequest extends RuntimeException {

        final List<InvalidParam> invalidParams;

        BadRequest(List<InvalidParam> invalidParams) {
            super("bad request", null, false, false);
            this.invalidParams = List.copyOf(invalidParams);
        }
    }
}
