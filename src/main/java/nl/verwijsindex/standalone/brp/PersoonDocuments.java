package nl.verwijsindex.standalone.brp;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.verwijsindex.standalone.brp.Population.Address;
import nl.verwijsindex.standalone.brp.Population.RegisteredPerson;

/**
 * A person as the BRP API Personen v2 shows them, complete as far as the stand-in holds data: {@code Persoon}
 * for a Raadpleeg, {@code PersoonBeperkt} for a search. {@link FieldPaths} then keeps what was asked for.
 */
final class PersoonDocuments {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    private final Population population;
    private final Clock clock;
    private final JsonMapper json;

    PersoonDocuments(Population population, Clock clock, JsonMapper json) {
        this.population = population;
        this.clock = clock;
        this.json = json;
    }

    /** {@code Persoon}: identity, family, residence, death. */
    ObjectNode persoon(RegisteredPerson person) {
        ObjectNode persoon = persoonBeperkt(person);
        if (person.died() != null) {
            persoon.putObject("overlijden").set("datum", datum(person.died().toString()));
        }
        Address address = person.address() == null ? null : population.address(person.address());
        if (address != null) {
            persoon.set("verblijfplaats", verblijfplaats(address));
            persoon.set("gemeenteVanInschrijving", waarde(address.municipality(), population.municipalityName(address.municipality())));
        }
        if (!person.parents().isEmpty()) {
            int aanduiding = 1;
            for (String bsn : person.parents()) {
                RegisteredPerson parent = population.person(bsn).orElseThrow();
                ObjectNode ouder = persoon.withArray("ouders").addObject();
                ouder.put("burgerservicenummer", parent.bsn());
                ouder.put("ouderAanduiding", String.valueOf(aanduiding++));
                ouder.set("geslacht", geslacht(parent.gender()));
                ouder.set("naam", naam(parent, false));
                geboorte(ouder, parent);
            }
        }
        for (RegisteredPerson child : population.childrenOf(person.bsn())) {
            ObjectNode kind = persoon.withArray("kinderen").addObject();
            kind.put("burgerservicenummer", child.bsn());
            kind.set("naam", naam(child, false));
            geboorte(kind, child);
        }
        return persoon;
    }

    /** {@code PersoonBeperkt} (and {@code GezagPersoonBeperkt}, whose {@code gezag} the stand-in does not hold). */
    ObjectNode persoonBeperkt(RegisteredPerson person) {
        ObjectNode persoon = json.createObjectNode();
        persoon.put("burgerservicenummer", person.bsn());
        if (person.secrecy() > 0) {
            persoon.put("geheimhoudingPersoonsgegevens", true);
        }
        persoon.set("geslacht", geslacht(person.gender()));
        age(person).ifPresent(age -> persoon.put("leeftijd", age));
        persoon.set("naam", naam(person, true));
        geboorte(persoon, person);
        if (person.address() != null) {
            persoon.set("adressering", adressering(population.address(person.address())));
        }
        return persoon;
    }

    private Optional<Integer> age(RegisteredPerson person) {
        return person.died() != null ? Optional.empty()
                : person.fullBirthDate().map(born -> Period.between(born, LocalDate.now(clock)).getYears());
    }

    private ObjectNode naam(RegisteredPerson person, boolean complete) {
        ObjectNode naam = json.createObjectNode();
        naam.put("voornamen", person.givenNames());
        if (person.prefix() != null) {
            naam.put("voorvoegsel", person.prefix());
        }
        naam.put("geslachtsnaam", person.surname());
        naam.put("voorletters", Arrays.stream(person.givenNames().split(" ")).map(n -> n.charAt(0) + ".").collect(Collectors.joining()));
        if (complete) {
            naam.put("volledigeNaam", String.join(" ", List.of(person.givenNames(),
                    person.prefix() == null ? "" : person.prefix(), person.surname())).replaceAll(" +", " "));
        }
        return naam;
    }

    private void geboorte(ObjectNode parent, RegisteredPerson person) {
        if (person.birthDate() != null) {
            parent.putObject("geboorte").set("datum", datum(person.birthDate()));
        }
    }

    /** {@code AbstractDatum}: Datum, JaarMaandDatum, JaarDatum or DatumOnbekend, with its {@code langFormaat}. */
    private ObjectNode datum(String value) {
        ObjectNode datum = json.createObjectNode();
        if (value.equals("onbekend")) {
            return datum.put("type", "DatumOnbekend").put("onbekend", true).put("langFormaat", "onbekend");
        }
        String[] parts = value.split("-");
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) {
            return datum.put("type", "JaarDatum").put("jaar", year).put("langFormaat", parts[0]);
        }
        int month = Integer.parseInt(parts[1]);
        if (parts.length == 2) {
            return datum.put("type", "JaarMaandDatum").put("jaar", year).put("maand", month)
                    .put("langFormaat", MONTHS[month - 1] + " " + year);
        }
        return datum.put("type", "Datum").put("datum", value)
                .put("langFormaat", Integer.parseInt(parts[2]) + " " + MONTHS[month - 1] + " " + year);
    }

    private ObjectNode verblijfplaats(Address address) {
        ObjectNode verblijfplaats = json.createObjectNode();
        if (address.abroad()) {
            verblijfplaats.put("type", "VerblijfplaatsBuitenland");
            verblijfplaats.putObject("verblijfadres").put("regel1", address.line1()).put("regel2", address.line2())
                    .set("land", waarde(address.country(), address.countryName()));
            return verblijfplaats;
        }
        verblijfplaats.put("type", "Adres");
        verblijfplaats.put("adresseerbaarObjectIdentificatie", address.adresseerbaarObjectIdentificatie());
        verblijfplaats.put("nummeraanduidingIdentificatie", address.nummeraanduidingIdentificatie());
        verblijfplaats.set("functieAdres", waarde("W", "woonadres"));
        ObjectNode verblijfadres = verblijfplaats.putObject("verblijfadres");
        verblijfadres.put("officieleStraatnaam", address.street());
        verblijfadres.put("korteStraatnaam", address.street().length() > 24 ? address.street().substring(0, 24) : address.street());
        verblijfadres.put("huisnummer", address.houseNumber());
        if (address.houseLetter() != null) {
            verblijfadres.put("huisletter", address.houseLetter());
        }
        verblijfadres.put("postcode", address.postcode());
        verblijfadres.put("woonplaats", address.town());
        return verblijfplaats;
    }

    /** The lines for a letter: street and number; postcode, two spaces, town in capitals. */
    private ObjectNode adressering(Address address) {
        ObjectNode adressering = json.createObjectNode();
        if (address.abroad()) {
            adressering.put("adresregel1", address.line1()).put("adresregel2", address.line2())
                    .set("land", waarde(address.country(), address.countryName()));
            return adressering;
        }
        String number = address.houseNumber() + (address.houseLetter() == null ? "" : address.houseLetter());
        String postcode = address.postcode().substring(0, 4) + " " + address.postcode().substring(4);
        return adressering.put("adresregel1", address.street() + " " + number)
                .put("adresregel2", postcode + "  " + address.town().toUpperCase(Locale.ROOT));
    }

    private ObjectNode geslacht(String code) {
        return waarde(code, switch (code) {
            case "M" -> "man";
            case "V" -> "vrouw";
            default -> "onbekend";
        });
    }

    private ObjectNode waarde(String code, String omschrijving) {
        return json.createObjectNode().put("code", code).put("omschrijving", omschrijving);
    }
}
