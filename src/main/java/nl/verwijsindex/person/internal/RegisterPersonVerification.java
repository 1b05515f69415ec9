// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.person.internal.RegisterQueryLog.Outcome;
import nl.verwijsindex.person.internal.RegisterQueryLog.Question;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.RegisterVerification;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 12 §2: checks a BSN against the register before the index acts on it, asking only for the fields of
 * {@link Purpose#BIRTH_DATE} or {@link Purpose#IDENTITY}, and logging every question.
 */
@Component
class RegisterPersonVerification implements RegisterVerification {

    private static final Logger log = LoggerFactory.getLogger(RegisterPersonVerification.class);

    private final PersonRegister register;
    private final RegisterQueryLog queries;

    RegisterPersonVerification(PersonRegister register, RegisterQueryLog queries) {
        this.register = register;
        this.queries = queries;
    }

    /** A register that cannot answer now does not stop a registration: the person check catches up. */
    @Override
    public Optional<LocalDate> birthDate(Bsn bsn, Asker asker) {
        if (!register.connected()) {
            return Optional.empty();
        }
        Optional<Person> person;
        try {
            person = queries.asked(() -> register.find(bsn, Purpose.BIRTH_DATE));
        } catch (PersonRegisterUnavailable e) {
            queries.record(asker, Question.BIRTH_DATE, Outcome.UNAVAILABLE, bsn);
            log.warn("Person register could not check a birth date ({}); the registration goes on", e.reason());
            return Optional.empty();
        }
        queries.record(asker, Question.BIRTH_DATE, person.isPresent() ? Outcome.ONE_FOUND : Outcome.NONE_FOUND, bsn);
        return person.map(Person::birthDate);
    }

    @Override
    public Optional<Confirmation> confirmation(Bsn bsn, LocalDate birthDate, Asker asker) {
        if (!register.connected()) {
            return Optional.empty();
        }
        Optional<Person> person;
        try {
            person = queries.asked(() -> register.find(bsn, Purpose.CONFIRMATION));
        } catch (PersonRegisterUnavailable e) {
            queries.record(asker, Question.CONFIRMATION, Outcome.UNAVAILABLE, bsn);
            log.warn("Person register could not confirm a youth ({}); the registration goes on", e.reason());
            return Optional.empty();
        }
        queries.record(asker, Question.CONFIRMATION, person.isPresent() ? Outcome.ONE_FOUND : Outcome.NONE_FOUND, bsn);
        Optional<Person> known = person.filter(p -> p.birthDate() != null);
        if (known.isPresent() && !known.get().birthDate().equals(birthDate)) {
            throw new DomainException(
                    Kind.INVALID,
                    "birth-date-mismatch",
                    "De geboortedatum past niet bij dit BSN volgens de BRP. Controleer het BSN en de geboortedatum; "
                            + "er is niets geregistreerd.");
        }
        return known.map(p -> new Confirmation(p.name().full(), p.birthDate()));
    }

    @Override
    public Optional<Identity> identity(Bsn bsn, Asker asker) {
        if (!register.connected()) {
            return Optional.empty();
        }
        Optional<Person> person;
        try {
            person = queries.asked(() -> register.find(bsn, Purpose.IDENTITY));
        } catch (PersonRegisterUnavailable e) {
            queries.record(asker, Question.IDENTITY, Outcome.UNAVAILABLE, bsn);
            throw new DomainException(
                    Kind.UNAVAILABLE,
                    "person-register-unavailable",
                    "De BRP is nu niet bereikbaar om het BSN te controleren. Probeer het over een paar minuten "
                            + "opnieuw; er is niets gewijzigd.");
        }
        queries.record(asker, Question.IDENTITY, person.isPresent() ? Outcome.ONE_FOUND : Outcome.NONE_FOUND, bsn);
        Person found = person.filter(p -> p.birthDate() != null && p.name().surname() != null)
                .orElseThrow(() -> new DomainException(
                        Kind.INVALID,
                        "bsn-does-not-match-youth",
                        "Dit BSN past volgens de BRP niet bij de achternaam, geboortedatum en het geslacht van deze "
                                + "jeugdige. Controleer het BSN; er is niets gewijzigd."));
        String surname = found.name().prefix() == null
                ? found.name().surname()
                : found.name().prefix() + " " + found.name().surname();
        return Optional.of(
                new Identity(surname, found.birthDate(), found.gender().code()));
    }
}
