// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.verwijsindex.standalone.brp.Fixture.Address;
import nl.verwijsindex.standalone.brp.Fixture.RegisteredPerson;
import nl.verwijsindex.youth.Bsn;

/**
 * The stand-in's register: the synthetic persons and addresses of the {@link Fixture} (with the residents and a
 * population file, when given), and what tests changed since (a move, a death). Thread-safe; {@link #reset()} returns
 * to the fixture. A person's children and an address's residents are found through an index, not by a look at
 * everyone: a population file holds hundreds of thousands of persons (the benchmark's, issue 18).
 */
final class Population {

    private final Fixture fixture;
    private final Map<String, Address> addresses = new LinkedHashMap<>();
    private final Map<String, RegisteredPerson> persons = new LinkedHashMap<>();
    /** A person's place in the fixture: answers list persons in that order, as a look at everyone would. */
    private final Map<String, Integer> order = new HashMap<>();
    /** Parents never change (a move or a death keeps them): built once. */
    private final Map<String, List<String>> childrenByParent = new HashMap<>();
    /** Who lives at an {@code adresseerbaarObjectIdentificatie} now: follows every move. */
    private final Map<String, Set<String>> residentsByAddress = new HashMap<>();

    private Population(Fixture fixture) {
        this.fixture = fixture;
        fixture.addresses().forEach(address -> addresses.put(address.key(), address));
        for (RegisteredPerson person : fixture.persons()) {
            order.put(person.bsn(), order.size());
            person.parents()
                    .forEach(parent -> childrenByParent
                            .computeIfAbsent(parent, p -> new ArrayList<>())
                            .add(person.bsn()));
        }
        reset();
    }

    /** The fixture, these residents and the population file's persons ({@link Fixture#read}). */
    static Population load(List<StandInBrp.Resident> residents, Path populationFile) {
        return new Population(Fixture.read(residents, populationFile));
    }

    synchronized void reset() {
        persons.clear();
        residentsByAddress.clear();
        fixture.persons().forEach(person -> {
            persons.put(person.bsn(), person);
            moveIn(person);
        });
    }

    synchronized List<RegisteredPerson> all() {
        return List.copyOf(persons.values());
    }

    synchronized Optional<RegisteredPerson> person(String bsn) {
        return Optional.ofNullable(persons.get(bsn));
    }

    synchronized List<RegisteredPerson> childrenOf(String bsn) {
        return childrenByParent.getOrDefault(bsn, List.of()).stream()
                .map(persons::get)
                .toList();
    }

    /** Everyone (the deceased too) whose address has this {@code adresseerbaarObjectIdentificatie}, in fixture order. */
    synchronized List<RegisteredPerson> residentsOf(String adresseerbaarObjectIdentificatie) {
        return residentsByAddress.getOrDefault(adresseerbaarObjectIdentificatie, Set.of()).stream()
                .sorted(Comparator.comparing(order::get))
                .map(persons::get)
                .toList();
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
        RegisteredPerson before = require(bsn);
        moveOut(before);
        RegisteredPerson after = before.withAddress(addressKey);
        persons.put(bsn.value(), after);
        moveIn(after);
    }

    private void moveIn(RegisteredPerson person) {
        addressId(person)
                .ifPresent(id -> residentsByAddress
                        .computeIfAbsent(id, a -> new HashSet<>())
                        .add(person.bsn()));
    }

    private void moveOut(RegisteredPerson person) {
        addressId(person).map(residentsByAddress::get).ifPresent(residents -> residents.remove(person.bsn()));
    }

    /** The {@code adresseerbaarObjectIdentificatie} of where the person lives; none abroad or without an address. */
    private Optional<String> addressId(RegisteredPerson person) {
        return Optional.ofNullable(person.address())
                .map(this::address)
                .filter(a -> !a.abroad())
                .map(Address::adresseerbaarObjectIdentificatie);
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
}
