// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.Person.PersonName;
import nl.verwijsindex.person.Person.Residence;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.JsonNode;

/**
 * Reads the register's answers (BRP API Personen v2) into the index's terms, strictly: anything the index
 * cannot read with certainty is a {@link Reason#MALFORMED_RESPONSE}, never a guess. Messages name the
 * element, never its value.
 */
final class PersonMapper {

    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern ADDRESSABLE_OBJECT = Pattern.compile("[0-9]{16}");
    private static final Pattern POSTCODE = Pattern.compile("\\s*([1-9][0-9]{3})\\s?([A-Za-z]{2})\\b.*");

    private final Clock clock;

    PersonMapper(Clock clock) {
        this.clock = clock;
    }

    /** The {@code personen} of an answer, after checking it answers this query type. */
    static List<JsonNode> persons(JsonNode response, String queryType) {
        if (response == null || !response.isObject()) {
            throw malformed("the answer is not a JSON object");
        }
        JsonNode type = response.get("type");
        if (type == null || !type.isString()) {
            throw malformed("the answer has no type");
        }
        if (!type.stringValue().equals(queryType)) {
            throw malformed("the answer's type is not the query's");
        }
        JsonNode persons = response.get("personen");
        if (persons == null || persons.isNull()) {
            return List.of();
        }
        if (!persons.isArray()) {
            throw malformed("personen is not an array");
        }
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode person : persons) {
            if (!person.isObject()) {
                throw malformed("a persoon is not an object");
            }
            list.add(person);
        }
        return list;
    }

    /** A {@code Persoon} of a {@code RaadpleegMetBurgerservicenummer} answer. */
    Person person(JsonNode person) {
        JsonNode nameNode = object(person, "naam");
        PersonName name = new PersonName(
                text(nameNode, "voornamen"), text(nameNode, "voorvoegsel"), text(nameNode, "geslachtsnaam"));
        return new Person(
                bsn(person),
                name,
                BrpDates.fullDate(object(object(person, "geboorte"), "datum"), "geboorte.datum"),
                gender(person),
                relatives(person, "ouders"),
                relatives(person, "kinderen"),
                residence(person),
                secret(person),
                died(person));
    }

    /** The required {@code burgerservicenummer} of a persoon. */
    static Bsn bsn(JsonNode person) {
        return bsnAt(person, "burgerservicenummer")
                .orElseThrow(() -> malformed("a persoon has no burgerservicenummer"));
    }

    /** {@code overlijden.datum}: a partly known date counts from its first possible day, an unknown one as today. */
    Optional<LocalDate> died(JsonNode person) {
        JsonNode date = object(object(person, "overlijden"), "datum");
        if (date == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (BrpDates.dateType(date, "overlijden.datum")) {
                    case "Datum" -> BrpDates.isoDate(date, "overlijden.datum");
                    case "JaarMaandDatum" ->
                        LocalDate.of(
                                BrpDates.integer(date, "jaar", 1, 9999), BrpDates.integer(date, "maand", 1, 12), 1);
                    case "JaarDatum" -> LocalDate.of(BrpDates.integer(date, "jaar", 1, 9999), 1, 1);
                    default -> LocalDate.now(clock); // DatumOnbekend: dead, on a day nobody knows
                });
    }

    /** The postcode in {@code adressering.adresregel2} ("1234 AB  PLAATS"), as {@code 1234AB}. */
    static Optional<String> postcodeOfAddressLine(JsonNode person) {
        String line = text(object(person, "adressering"), "adresregel2");
        if (line == null) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(line);
        return m.matches() ? Optional.of(m.group(1) + m.group(2).toUpperCase()) : Optional.empty();
    }

    /** {@code 1234 ab} and {@code 1234AB} alike, as {@code 1234AB}; empty for anything that is no postcode. */
    static Optional<String> normalisePostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Matcher m = POSTCODE.matcher(postcode);
        return m.matches() && postcode.strip().length() <= 7
                ? Optional.of(m.group(1) + m.group(2).toUpperCase())
                : Optional.empty();
    }

    private static Gender gender(JsonNode person) {
        String code = text(object(person, "geslacht"), "code");
        if (code == null) {
            return Gender.UNKNOWN;
        }
        try {
            return Gender.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw malformed("geslacht has an unknown code");
        }
    }

    private static List<Bsn> relatives(JsonNode person, String field) {
        JsonNode relatives = person.get(field);
        if (relatives == null || relatives.isNull()) {
            return List.of();
        }
        if (!relatives.isArray()) {
            throw malformed(field + " is not an array");
        }
        List<Bsn> bsns = new ArrayList<>();
        for (JsonNode relative : relatives) {
            if (!relative.isObject()) {
                throw malformed(field + " holds something other than an object");
            }
            // a parent or child without a BSN (born or living abroad) is no relative the index can match on
            bsnAt(relative, "burgerservicenummer").ifPresent(bsns::add);
        }
        return bsns;
    }

    /**
     * Only a {@code verblijfplaats} of type {@code Adres} is a residence; abroad, unknown and a location are none.
     * An answer without {@code verblijfplaats} but with address lines was asked for the lines only
     * ({@code Purpose.DISPLAY}): a residence of just those lines.
     */
    private static Optional<Residence> residence(JsonNode person) {
        JsonNode residence = object(person, "verblijfplaats");
        if (residence == null) {
            List<String> lines = addressLines(person);
            return lines.isEmpty() ? Optional.empty() : Optional.of(new Residence(null, null, null, null, lines));
        }
        String type = text(residence, "type");
        if (type == null) {
            throw malformed("verblijfplaats has no type");
        }
        switch (type) {
            case "Adres":
                break;
            case "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend", "Locatie":
                return Optional.empty();
            default:
                throw malformed("verblijfplaats has an unknown type");
        }
        String objectId = text(residence, "adresseerbaarObjectIdentificatie");
        if (objectId != null && !ADDRESSABLE_OBJECT.matcher(objectId).matches()) {
            throw malformed("adresseerbaarObjectIdentificatie is not 16 digits");
        }
        JsonNode municipality = object(person, "gemeenteVanInschrijving");
        String code = text(municipality, "code");
        if (code != null && !MUNICIPALITY.matcher(code).matches()) {
            throw malformed("gemeenteVanInschrijving.code is not 4 digits");
        }
        List<String> lines = addressLines(person);
        String postcode = normalisePostcode(text(object(residence, "verblijfadres"), "postcode"))
                .orElse(null);
        return Optional.of(new Residence(
                objectId, code == null ? null : "GM" + code, text(municipality, "omschrijving"), postcode, lines));
    }

    private static List<String> addressLines(JsonNode person) {
        JsonNode addressing = object(person, "adressering");
        List<String> lines = new ArrayList<>();
        for (String field : new String[] {"adresregel1", "adresregel2", "adresregel3"}) {
            String line = text(addressing, field);
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * R-SECRET: {@code geheimhoudingPersoonsgegevens} is a boolean in v2; a number greater than 0 (the BRP's own
     * indicatie geheim 1-7) is read as secret too, so a secret address is never missed.
     */
    private static boolean secret(JsonNode person) {
        JsonNode value = person.get("geheimhoudingPersoonsgegevens");
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue() > 0;
        }
        throw malformed("geheimhoudingPersoonsgegevens is neither a boolean nor a number");
    }

    private static Optional<Bsn> bsnAt(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return Optional.empty();
        }
        if (!Bsn.isValid(value)) {
            throw malformed("a burgerservicenummer in the answer is not a valid BSN");
        }
        return Optional.of(new Bsn(value));
    }

    /** The object at the field, null when absent; anything else is malformed. */
    static JsonNode object(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw malformed(field + " is not an object");
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw malformed(field + " is not a string");
        }
        return value.stringValue();
    }

    static PersonRegisterUnavailable malformed(String what) {
        return new PersonRegisterUnavailable(Reason.MALFORMED_RESPONSE, "person register answer unreadable: " + what);
    }
}
