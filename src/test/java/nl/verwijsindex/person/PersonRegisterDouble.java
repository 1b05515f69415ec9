package nl.verwijsindex.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import nl.verwijsindex.person.Person.PersonName;
import nl.verwijsindex.person.Person.Residence;
import nl.verwijsindex.youth.Bsn;

/**
 * An in-memory person register for the integration tests: persons are put in by the test, the register
 * can be taken down and brought back. Persons it does not know are not in the register.
 */
public class PersonRegisterDouble implements PersonRegister {

    private final Map<String, Person> persons = new ConcurrentHashMap<>();
    private volatile PersonRegisterUnavailable.Reason down;
    private final AtomicInteger questions = new AtomicInteger();

    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public Optional<Person> find(Bsn bsn) {
        ask();
        return Optional.ofNullable(persons.get(bsn.value()));
    }

    @Override
    public List<Bsn> search(PersonQuery query) {
        ask();
        return persons.values().stream()
                .filter(p -> p.died().isEmpty())
                .filter(p -> p.name().surname().equalsIgnoreCase(query.surname()))
                .filter(p -> query.birthDate().equals(p.birthDate()))
                .filter(p -> p.gender() == query.gender())
                .filter(p -> query.postcode() == null
                        || p.residence().map(r -> query.postcode().equals(r.postcode())).orElse(false))
                .map(Person::bsn)
                .toList();
    }

    @Override
    public List<Bsn> residents(String addressableObjectId) {
        ask();
        return persons.values().stream()
                .filter(p -> p.died().isEmpty())
                .filter(p -> p.residence().map(r -> addressableObjectId.equals(r.addressableObjectId())).orElse(false))
                .map(Person::bsn)
                .toList();
    }

    private void ask() {
        questions.incrementAndGet();
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

    public void goDown(PersonRegisterUnavailable.Reason reason) {
        down = reason;
    }

    public void comeBack() {
        down = null;
    }

    public int questions() {
        return questions.get();
    }

    /** A child with these parents living at this address (or nowhere when null). */
    public static Person child(String bsn, LocalDate birthDate, String surname, Residence residence, String... parents) {
        List<Bsn> parentBsns = new ArrayList<>();
        for (String parent : parents) {
            parentBsns.add(Bsn.parse(parent));
        }
        return new Person(Bsn.parse(bsn), new PersonName("Kind", null, surname), birthDate, Gender.FEMALE, parentBsns,
                List.of(), Optional.ofNullable(residence), false, Optional.empty());
    }

    public static Residence address(String addressableObjectId, String municipalityCode) {
        return new Residence(addressableObjectId, municipalityCode, "Gemeente " + municipalityCode, "1234AB",
                List.of("Teststraat 1", "1234 AB  TESTSTAD"));
    }

    /** Every integration test shares this register (one application context). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        PersonRegisterDouble personRegisterDouble() {
            return new PersonRegisterDouble();
        }
    }
}
