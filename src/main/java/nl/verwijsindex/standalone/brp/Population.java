// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stand-in's register: the synthetic persons and addresses of the fixture, and what tests changed since
 * (a move, a death). Thread-safe; {@link #reset()} returns to the fixture.
 */
final class Population {

    static final String FIXTURE = "standalone/brp-fixture.json";
    /** Made-up postcodes of the residents' addresses, per municipality; any other gets 9999ZZ. */
    private static final Map<String, String> RESIDENT_POSTCODES =
            Map.of("0307", "3825ZZ", "0308", "3744ZZ", "0342", "3769ZZ");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|onbekend");

    private final Fixture fixture;
    private final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, RegisteredPerson> persons = new LinkedHashMap<>();

    private Population(Fixture fixture) {
        this.fixture = fixture;
        fixture.addresses().forEach(address -> addresses.put(address.key(), address));
        reset();
    }

    /** Reads and checks the fixture on the class path. */
    static Population load() {
        return load(List.of());
    }

    /** The fixture and these residents, each at an address of their own (checked as the fixture is). */
    static Population load(List<StandInBrp.Resident> residents) {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = Population.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("The stand-in BRP fixture " + FIXTURE + " is missing");
            }
            return new Population(check(json.readValue(in, Fixture.class).with(residents)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void reset() {
        persons.clear();
        fixture.persons().forEach(person -> persons.put(person.bsn(), person));
    }

    synchronized List<RegisteredPerson> all() {
        return List.copyOf(persons.values());
    }

    synchronized Optional<RegisteredPerson> person(String bsn) {
        return Optional.ofNullable(persons.get(bsn));
    }

    synchronized List<RegisteredPerson> childrenOf(String bsn) {
        return persons.values().stream().filter(p -> p.parents().contains(bsn)).toList();
    }

    /** Every address of the fixture, in the Netherlands and abroad, as the stand-in BAG answers from them. */
    List<Address> addresses() {
        return List.copyOf(addresses.values());
    }

    Address address(String key) {
        Address address = addresses.get(key);
        if (address == null) {
            throw new IllegalArgumentException("The stand-in BRP has no address '" + key + "'");
        }
        return address;
    }

    String municipalityName(String code) {
        return fixture.municipalities().get(code);
    }

    synchronized void move(Bsn bsn, String addressKey) {
        address(addressKey);
        persons.put(bsn.value(), require(bsn).withAddress(addressKey));
    }

    synchronized void die(Bsn bsn, LocalDate date) {
        persons.put(bsn.value(), require(bsn).withDied(date));
    }

    private RegisteredPerson require(Bsn bsn) {
        RegisteredPerson person = persons.get(bsn.value());
        if (person == null) {
            throw new IllegalArgumentException("The stand-in BRP has no such person");
        }
        return person;
    }

    private static Fixture check(Fixture fixture) {
        Set<String> keys = new HashSet<>();
        for (Address address : fixture.addresses()) {
            require(keys.add(address.key()), "address key twice: " + address.key());
            require(
                    fixture.municipalities().containsKey(address.municipality()),
                    "unknown municipality at " + address.key());
            require(
                    address.abroad()
                            || address.adresseerbaarObjectIdentificatie().matches("(?!0{16})[0-9]{16}"),
                    "no adresseerbaarObjectIdentificatie at " + address.key());
        }
        Set<String> bsns = new HashSet<>();
        fixture.persons()
                .forEach(p -> require(Bsn.isValid(p.bsn()) && bsns.add(p.bsn()), "invalid or repeated BSN " + p.bsn()));
        for (RegisteredPerson p : fixture.persons()) {
            require(p.parents().stream().allMatch(bsns::contains), "unknown parent of " + p.bsn());
            require(p.address() == null || keys.contains(p.address()), "unknown address of " + p.bsn());
            require(p.gender().matches("[MVO]"), "gender of " + p.bsn());
            require(p.birthDate() == null || DATE.matcher(p.birthDate()).matches(), "birth date of " + p.bsn());
            require(p.secrecy() >= 0 && p.secrecy() <= 7, "secrecy (indicatie geheim 0-7) of " + p.bsn());
        }
        return fixture;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("The stand-in BRP fixture is wrong: " + problem);
        }
    }

    /** The fixture file: see docs/stand-in-brp.md for who is who. */
    record Fixture(
            String about, Map<String, String> municipalities, List<Address> addresses, List<RegisteredPerson> persons) {

        /**
         * With the residents, each alone at a made-up address of their municipality: a street of its own per
         * municipality, house numbers in order, and BAG identifications in a range no fixture address uses.
         */
        Fixture with(List<StandInBrp.Resident> residents) {
            if (residents.isEmpty()) {
                return this;
            }
            List<Address> allAddresses = new ArrayList<>(addresses);
            List<RegisteredPerson> allPersons = new ArrayList<>(persons);
            Map<String, Integer> numbers = new HashMap<>();
            for (StandInBrp.Resident r : residents) {
                String town = municipalities.get(r.municipality());
                int number = numbers.merge(r.municipality(), 1, Integer::sum);
                String key = "resident-" + r.bsn().value();
                allAddresses.add(new Address(
                        key,
                        "%s019900%06d".formatted(r.municipality(), number),
                        "%s209900%06d".formatted(r.municipality(), number),
                        "Eemlandhof",
                        number,
                        null,
                        RESIDENT_POSTCODES.getOrDefault(r.municipality(), "9999ZZ"),
                        town,
                        r.municipality(),
                        null,
                        null,
                        null,
                        null,
                        "a resident beyond the fixture"));
                allPersons.add(new RegisteredPerson(
                        r.bsn().value(),
                        r.givenNames(),
                        null,
                        r.surname(),
                        r.gender(),
                        r.birthDate().toString(),
                        List.of(),
                        key,
                        0,
                        null,
                        "a resident beyond the fixture"));
            }
            return new Fixture(about, municipalities, allAddresses, allPersons);
        }
    }

    /**
     * An address in the Netherlands (with a BAG {@code adresseerbaarObjectIdentificatie}) or, with a
     * {@code country}, abroad ({@code line1}, {@code line2}).
     */
    record Address(
            String key,
            String adresseerbaarObjectIdentificatie,
            String nummeraanduidingIdentificatie,
            String street,
            Integer houseNumber,
            String houseLetter,
            String postcode,
            String town,
            String municipality,
            String line1,
            String line2,
            String country,
            String countryName,
            String note) {

        boolean abroad() {
            return country != null;
        }
    }

    /**
     * A person as the stand-in holds them.
     *
     * @param birthDate {@code yyyy-MM-dd}, or partly known: {@code yyyy-MM}, {@code yyyy}, {@code onbekend}
     * @param parents   BSNs, ouder 1 first
     * @param secrecy   the BRP's indicatie geheim, 0-7; above 0 the API says {@code geheimhoudingPersoonsgegevens: true}
     */
    record RegisteredPerson(
            String bsn,
            String givenNames,
            String prefix,
            String surname,
            String gender,
            String birthDate,
            List<String> parents,
            String address,
            Integer secrecy,
            LocalDate died,
            String note) {

        RegisteredPerson {
            parents = parents == null ? List.of() : List.copyOf(parents);
            secrecy = secrecy == null ? 0 : secrecy;
        }

        RegisteredPerson withAddress(String key) {
            return new RegisteredPerson(
                    bsn, givenNames, prefix, surname, gender, birthDate, parents, key, secrecy, died, note);
        }

        RegisteredPerson withDied(LocalDate date) {
            return new RegisteredPerson(
                    bsn, givenNames, prefix, surname, gender, birthDate, parents, address, secrecy, date, note);
        }

        Optional<LocalDate> fullBirthDate() {
            return birthDate != null && birthDate.length() == 10
                    ? Optional.of(LocalDate.parse(birthDate))
                    : Optional.empty();
        }

        @Override
        public String toString() {
            return "RegisteredPerson[***]";
        }
    }
}
