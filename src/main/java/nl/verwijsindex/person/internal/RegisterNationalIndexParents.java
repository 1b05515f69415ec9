// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.verwijsindex.person.NationalIndexParents;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.person.internal.RegisterQueryLog.Outcome;
import nl.verwijsindex.person.internal.RegisterQueryLog.Question;
import nl.verwijsindex.youth.Bsn;

/** Asks the register for only the parents ({@link Purpose#NATIONAL_INDEX}) and logs the question, answered or not. */
@Component
class RegisterNationalIndexParents implements NationalIndexParents {

    private final PersonRegister register;
    private final RegisterQueryLog queries;

    RegisterNationalIndexParents(PersonRegister register, RegisterQueryLog queries) {
        this.register = register;
        this.queries = queries;
    }

    @Override
    public List<Bsn> parentsOf(Bsn youth) {
        if (!register.connected()) {
            return List.of();
        }
        Optional<Person> person;
        try {
            person = register.find(youth, Purpose.NATIONAL_INDEX);
        } catch (PersonRegisterUnavailable e) {
            queries.recordForIndex(Question.NATIONAL_INDEX, Outcome.UNAVAILABLE, youth);
            throw e;
        }
        queries.recordForIndex(
                Question.NATIONAL_INDEX, person.isPresent() ? Outcome.ONE_FOUND : Outcome.NONE_FOUND, youth);
        return person.map(Person::parents).orElse(List.of()).stream()
                .distinct()
                .limit(2)
                .toList();
    }
}
