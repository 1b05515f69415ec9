// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.verwijsindex.person.Person.PersonName;
import nl.verwijsindex.person.Person.Residence;
import nl.verwijsindex.youth.Bsn;

/**
 * The person register of the integration tests: persons a test puts in, in front of the stand-in BRP of
 * the standalone run (asked over HTTP by the real Haal Centraal client) for everyone else. The test can take
 * the whole register down and bring it back.
 */
public class PersonRegisterDouble implements PersonRegister {

    private final PersonRegister behind;

    public PersonRegisterDouble(PersonRegister behind) {
        this.behind = behind;
    }

    private final Map<String, Person> persons = new ConcurrentHashMap<>();
    private volatile PersonRegisterUnavailable.Reason down;
    private final AtomicInteger questions = new AtomicInteger();
    /** Questions by what they were about: a purpose and a BSN, "search" (any surname), "residents". */
    private final Map<String, AtomicInteger> about = new ConcurrentHashMap<>();

    private volatile Consumer<List<Bsn>> whileAsked = bsns -> {};

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public Optional<Person> find(Bsn bsn, Purpose purpose) {
        ask(List.of(purpose + ":" + bsn.value()));
        Person person = persons.get(bsn.value());
        return person != null ? Optional.of(person) : behind.find(bsn, purpose);
    }

    /** One question, as the register's client asks it: the persons put here, the rest from the stand-in. */
    @Override
    public Map<Bsn, Person> findAll(Collection<Bsn> bsns, Purpose purpose) {
        ask(bsns.stream().map(bsn -> purpose + ":" + bsn.value()).toList());
        whileAsked.accept(List.copyOf(bsns));
        Map<Bsn, Person> found = new LinkedHashMap<>();
        List<Bsn> elsewhere = new ArrayList<>();
        for (Bsn bsn : bsns) {
            Person person = persons.get(bsn.value());
            if (person != null) {
                found.put(bsn, person);
            } else {
                elsewhere.add(bsn);
            }
        }
        if (!elsewhere.isEmpty()) {
            found.putAll(behind.findAll(elsewhere, purpose));
        }
        return found;
    }

    @Override
    public List<Bsn> search(PersonQuery query) {
        ask(List.of("search"));
        List<Bsn> found = new ArrayList<>(behind.search(query));
        found.addAll(persons.values().stream()
                .filter(p -> p.died().isEmpty())
                .filter(p -> p.name().surname().equalsIgnoreCase(query.surname()))
                .filter(p -> query.prefix() == null
                        || query.prefix().equalsIgnoreCase(p.name().prefix()))
                .filter(p -> query.birthDate().equals(p.birthDate()))
                .filter(p -> p.gender() == query.gender())
                .filter(p -> query.postcode() == null
                        || p.residence()
                                .map(r -> query.postcode().equals(r.postcode()))
                                .orElse(false))
                .map(Person::bsn)
                .toList());
        return found;
    }

    @Override
    public List<Bsn> residents(String addressableObjectId) {
        ask(List.of("residents"));
        List<Bsn> found = new ArrayList<>(behind.residents(addressableObjectId));
        found.addAll(persons.values().stream()
                .filter(p -> p.died().isEmpty())
                .filter(p -> p.residence()
                        .map(r -> addressableObjectId.equals(r.addressableObjectId()))
                        .orElse(false))
                .map(Person::bsn)
                .toList());
        return found;
    }

    private void ask(List<String> subjects) {
        questions.incrementAndGet();
        subjects.forEach(subject ->
                about.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet());
        PersonRegisterUnavailable.Reason reason = down;
        if (reason != null) {
            throw new PersonRegisterUnavailable(reason, "the register double is down");
        }
    }

    public void put(Person person) {
        persons.put(person.bsn().value(), person);
    }

    public Person get(String bsn) {
        return persons.get(bsn);
    }

    /** Runs with each question about several persons, before it is answered: what happens while the register is asked. */
    public void whileAsked(Consumer<List<Bsn>> action) {
        whileAsked = action;
    }

    public void goDown(PersonRegisterUnavailable.Reason reason) {
        down = reason;
    }

    public void comeBack() {
        down = null;
    }

    public int questions() {
        return questions.get();
    }

    /**
     * The questions about one BSN for one purpose: unlike {@link #questions()}, not changed by the person checks
     * ({@link Purpose#CHECK}) that other tests leave running in the shared context.
     */
    public int questionsAbout(Bsn bsn, Purpose purpose) {
        return asked(purpose + ":" + bsn.value());
    }

    /**
     * The searches by person data (R-BSN-HIDDEN): only a registration or an identification asks them, no background
     * work.
     */
    public int searches() {
        return asked("search");
    }

    private int asked(String subject) {
        AtomicInteger asked = about.get(subject);
        return asked == null ? 0 : asked.get();
    }

    /** A child with these parents living at this address (or nowhere when null). */
    public static Person child(
            String bsn, LocalDate birthDate, String surname, Residence residence, String... parents) {
        List<Bsn> parentBsns = new ArrayList<>();
        for (String parent : parents) {
            parentBsns.add(Bsn.parse(parent));
        }
        return new Person(
                Bsn.parse(bsn),
                new PersonName("Kind", null, surname),
                birthDate,
                Gender.FEMALE,
                parentBsns,
                List.of(),
                Optional.ofNullable(residence),
                false,
                Optional.empty());
    }

    public static Residence address(String addressableObjectId, String municipalityCode) {
        return new Residence(
                addressableObjectId,
                municipalityCode,
                "Gemeente " + municipalityCode,
                "1234AB",
                List.of("Teststraat 1", "1234 AB  TESTSTAD"));
    }

    /** Every integration test shares this register (one application context). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        PersonRegisterDouble personRegisterDouble(
                @Qualifier("haalCentraalPersonRegister") PersonRegister standInClient) {
            return new PersonRegisterDouble(standInClient);
        }
    }
}
