// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.verwijsindex.standalone.brp.Fixture.Address;
import nl.verwijsindex.standalone.brp.Fixture.RegisteredPerson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person as the BRP API Personen v2 shows them, complete as far as the stand-in holds data: {@code Persoon}
 * for a Raadpleeg, {@code PersoonBeperkt} for a search. {@link FieldPaths} then keeps what was asked for.
 */
final class PersonDocuments {

    private static final String[] MONTHS = {
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december"
    };

    private final Population population;
    private final Clock clock;
    private final JsonMapper json;

    PersonDocuments(Population population, Clock clock, JsonMapper json) {
        this.population = population;
        this.clock = clock;
        this.json = json;
    }

    /** {@code Persoon}: identity, family, residence, death. */
    ObjectNode full(RegisteredPerson person) {
        ObjectNode document = limited(person);
        if (person.died() != null) {
            document.putObject("overlijden").set("datum", date(person.died().toString()));
        }
        Address address = person.address() == null ? null : population.address(person.address());
        if (address != null) {
            document.set("verblijfplaats", residence(address));
            document.set(
                    "gemeenteVanInschrijving",
                    codeAndDescription(address.municipality(), population.municipalityName(address.municipality())));
        }
        if (!person.parents().isEmpty()) {
            int parentNumber = 1;
            for (String bsn : person.parents()) {
                RegisteredPerson parent = population.person(bsn).orElseThrow();
                ObjectNode parentDocument = document.withArray("ouders").addObject();
                parentDocument.put("burgerservicenummer", parent.bsn());
                parentDocument.put("ouderAanduiding", String.valueOf(parentNumber++));
                parentDocument.set("geslacht", gender(parent.gender()));
                parentDocument.set("naam", name(parent, false));
                birth(parentDocument, parent);
            }
        }
        for (RegisteredPerson child : population.childrenOf(person.bsn())) {
            ObjectNode childDocument = document.withArray("kinderen").addObject();
            childDocument.put("burgerservicenummer", child.bsn());
            childDocument.set("naam", name(child, false));
            birth(childDocument, child);
        }
        return document;
    }

    /** {@code PersoonBeperkt} (and {@code GezagPersoonBeperkt}, whose {@code gezag} the stand-in does not hold). */
    ObjectNode limited(RegisteredPerson person) {
        ObjectNode document = json.createObjectNode();
        document.put("burgerservicenummer", person.bsn());
        if (person.secrecy() > 0) {
            document.put("geheimhoudingPersoonsgegevens", true);
        }
        document.set("geslacht", gender(person.gender()));
        age(person).ifPresent(age -> document.put("leeftijd", age));
        document.set("naam", name(person, true));
        birth(document, person);
        if (person.address() != null) {
            document.set("adressering", addressLines(population.address(person.address())));
        }
        return document;
    }

    private Optional<Integer> age(RegisteredPerson person) {
        return person.died() != null
                ? Optional.empty()
                : person.fullBirthDate()
                        .map(born -> Period.between(born, LocalDate.now(clock)).getYears());
    }

    private ObjectNode name(RegisteredPerson person, boolean complete) {
        ObjectNode name = json.createObjectNode();
        name.put("voornamen", person.givenNames());
        if (person.prefix() != null) {
            name.put("voorvoegsel", person.prefix());
        }
        name.put("geslachtsnaam", person.surname());
        name.put(
                "voorletters",
                Arrays.stream(person.givenNames().split(" "))
                        .map(n -> n.charAt(0) + ".")
                        .collect(Collectors.joining()));
        if (complete) {
            name.put(
                    "volledigeNaam",
                    String.join(
                                    " ",
                                    List.of(
                                            person.givenNames(),
                                            person.prefix() == null ? "" : person.prefix(),
                                            person.surname()))
                            .replaceAll(" +", " "));
        }
        return name;
    }

    private void birth(ObjectNode parent, RegisteredPerson person) {
        if (person.birthDate() != null) {
            parent.putObject("geboorte").set("datum", date(person.birthDate()));
        }
    }

    /** {@code AbstractDatum}: Datum, JaarMaandDatum, JaarDatum or DatumOnbekend, with its {@code langFormaat}. */
    private ObjectNode date(String value) {
        ObjectNode date = json.createObjectNode();
        if (value.equals("onbekend")) {
            return date.put("type", "DatumOnbekend").put("onbekend", true).put("langFormaat", "onbekend");
        }
        String[] parts = value.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return date.put("type", "JaarDatum").put("jaar", year).put("langFormaat", parts[0]);
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            return date.put("type", "JaarMaandDatum")
                    .put("jaar", year)
                    .put("maand", month)
                    .put("langFormaat", MONTHS[month - 1] + " " + year);
        }
        return date.put("type", "Datum")
                .put("datum", value)
                .put("langFormaat", Integer.parseInt(parts[2]) + " " + MONTHS[month - 1] + " " + year);
    }

    private ObjectNode residence(Address address) {
        ObjectNode residence = json.createObjectNode();
        if (address.abroad()) {
            residence.put("type", "VerblijfplaatsBuitenland");
            residence
                    .putObject("verblijfadres")
                    .put("regel1", address.line1())
                    .put("regel2", address.line2())
                    .set("land", codeAndDescription(address.country(), address.countryName()));
            return residence;
        }
        residence.put("type", "Adres");
        residence.put("adresseerbaarObjectIdentificatie", address.adresseerbaarObjectIdentificatie());
        residence.put("nummeraanduidingIdentificatie", address.nummeraanduidingIdentificatie());
        residence.set("functieAdres", codeAndDescription("W", "woonadres"));
        ObjectNode streetAddress = residence.putObject("verblijfadres");
        streetAddress.put("officieleStraatnaam", address.street());
        streetAddress.put(
                "korteStraatnaam",
                address.street().length() > 24 ? address.street().substring(0, 24) : address.street());
        streetAddress.put("huisnummer", address.houseNumber());
        if (address.houseLetter() != null) {
            streetAddress.put("huisletter", address.houseLetter());
        }
        streetAddress.put("postcode", address.postcode());
        streetAddress.put("woonplaats", address.town());
        return residence;
    }

    /** The lines for a letter: street and number; postcode, two spaces, town in capitals. */
    private ObjectNode addressLines(Address address) {
        ObjectNode addressLines = json.createObjectNode();
        if (address.abroad()) {
            addressLines
                    .put("adresregel1", address.line1())
                    .put("adresregel2", address.line2())
                    .set("land", codeAndDescription(address.country(), address.countryName()));
            return addressLines;
        }
        String number = address.houseNumber() + (address.houseLetter() == null ? "" : address.houseLetter());
        String postcode =
                address.postcode().substring(0, 4) + " " + address.postcode().substring(4);
        return addressLines
                .put("adresregel1", address.street() + " " + number)
                .put("adresregel2", postcode + "  " + address.town().toUpperCase(Locale.ROOT));
    }

    private ObjectNode gender(String code) {
        return codeAndDescription(
                code,
                switch (code) {
                    case "M" -> "man";
                    case "V" -> "vrouw";
                    default -> "onbekend";
                });
    }

    private ObjectNode codeAndDescription(String code, String description) {
        return json.createObjectNode().put("code", code).put("omschrijving", description);
    }
}
