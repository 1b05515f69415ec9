// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture file ({@code standalone/brp-fixture.json}; see docs/stand-in-brp.md for who is who), and a population
 * file of the same format: the persons and addresses the stand-in starts from, read and checked.
 */
record Fixture(
        String about, Map<String, String> municipalities, List<Address> addresses, List<RegisteredPerson> persons) {
    static final String FIXTURE = "standalone/brp-fixture.json";
    /** Made-up postcodes of the residents' addresses, per municipality; any other gets 9999ZZ. */
    private static final Map<String, String> RESIDENT_POSTCODES =
            Map.of("0307", "3825ZZ", "0308", "3744ZZ", "0342", "3769ZZ");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|onbekend");

    /**
     * The fixture on the class path, these residents, each at an address of their own, and the persons and addresses
     * of the population file, checked as a whole.
     *
     * @param populationFile a file in the fixture's format whose municipalities, addresses and persons are added to
     *                       the fixture's (a municipality's name in it replaces the fixture's); null: none
     */
    static Fixture read(List<StandInBrp.Resident> residents, Path populationFile) {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        Fixture fixture;
        try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("The stand-in BRP fixture " + FIXTURE + " is missing");
            }
            fixture = json.readValue(in, Fixture.class).with(residents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (populationFile != null) {
            fixture = fixture.and(readPopulation(json, populationFile));
        }
        return fixture.checked();
    }

    private static Fixture readPopulation(JsonMapper json, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The stand-in BRP's population file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return json.readValue(in, Fixture.class);
        } catch (JacksonException e) {
            // Where, and Jackson's reason without the snippet of the file it may quote.
            throw new IllegalStateException("The stand-in BRP's population file " + file + " cannot be read at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": "
                    + e.getClass().getSimpleName());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The stand-in BRP's population file " + file + " cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * With the municipalities, addresses and persons of a population file; a municipality's name there replaces
     * the fixture's. Checked afterwards as a whole: a BSN or address key of both is refused.
     */
    Fixture and(Fixture population) {
        Map<String, String> allMunicipalities = new LinkedHashMap<>(municipalities);
        if (population.municipalities() != null) {
            allMunicipalities.putAll(population.municipalities());
        }
        List<Address> allAddresses = new ArrayList<>(addresses);
        if (population.addresses() != null) {
            allAddresses.addAll(population.addresses());
        }
        List<RegisteredPerson> allPersons = new ArrayList<>(persons);
        if (population.persons() != null) {
            allPersons.addAll(population.persons());
        }
        return new Fixture(about, allMunicipalities, allAddresses, allPersons);
    }

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

    private Fixture checked() {
        require(!addresses.contains(null) && !persons.contains(null), "an empty entry in addresses or persons");
        Set<String> keys = new HashSet<>();
        for (Address address : addresses) {
            require(address.key() != null && keys.add(address.key()), "address key missing or twice: " + address.key());
            require(
                    !address.abroad() || address.adresseerbaarObjectIdentificatie() == null,
                    "an adresseerbaarObjectIdentificatie abroad at " + address.key());
            require(municipalities.containsKey(address.municipality()), "unknown municipality at " + address.key());
            require(
                    address.abroad()
                            || (address.adresseerbaarObjectIdentificatie() != null
                                    && address.adresseerbaarObjectIdentificatie()
                                            .matches("(?!0{16})[0-9]{16}")),
                    "no adresseerbaarObjectIdentificatie at " + address.key());
        }
        // A person is named by their place in the list, never by their BSN: no BSN in an exception message.
        Set<String> bsns = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            String bsn = persons.get(i).bsn();
            require(bsn != null && Bsn.isValid(bsn) && bsns.add(bsn), "invalid or repeated BSN of " + person(i));
        }
        for (int i = 0; i < persons.size(); i++) {
            RegisteredPerson p = persons.get(i);
            String who = person(i);
            require(p.parents().stream().allMatch(bsns::contains), "unknown parent of " + who);
            require(Set.copyOf(p.parents()).size() == p.parents().size(), "a parent twice of " + who);
            require(p.surname() != null && !p.surname().isBlank(), "no surname of " + who);
            require(p.address() == null || keys.contains(p.address()), "unknown address of " + who);
            require(p.gender() != null && p.gender().matches("[MVO]"), "gender of " + who);
            require(p.birthDate() == null || DATE.matcher(p.birthDate()).matches(), "birth date of " + who);
            require(p.secrecy() >= 0 && p.secrecy() <= 7, "secrecy (indicatie geheim 0-7) of " + who);
        }
        return this;
    }

    /** A person of the whole register by place: the fixture's first, then the residents', then the file's. */
    private static String person(int index) {
        return "person " + (index + 1) + " of the fixture and population file together";
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("The stand-in BRP fixture is wrong: " + problem);
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
