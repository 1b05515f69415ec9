// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.person.internal.RegisterQueryLog.Outcome;
import nl.verwijsindex.person.internal.RegisterQueryLog.Question;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Youths;

/**
 * R-DATA, R-SECRET: what the register says now, only for a youth of an active signal (issue 12 §2); a secret
 * address is never shown.
 */
@Component
class RegisterPersonDetails implements PersonDetails {

    private final PersonRegister register;
    private final Youths youths;
    private final RegisterQueryLog queries;

    RegisterPersonDetails(PersonRegister register, Youths youths, RegisterQueryLog queries) {
        this.register = register;
        this.youths = youths;
        this.queries = queries;
    }

    @Override
    public Details of(SignalView ownSignal, Asker asker) {
        if (ownSignal.status() != SignalStatus.ACTIVE) {
            return Details.unavailable(Status.SIGNAL_NOT_ACTIVE);
        }
        Optional<Bsn> bsn = youths.bsnOf(ownSignal.youthId());
        if (bsn.isEmpty()) {
            return Details.unavailable(Status.NO_BSN);
        }
        if (!register.connected()) {
            return Details.unavailable(Status.REGISTER_UNAVAILABLE);
        }
        Optional<Person> person;
        try {
            person = queries.asked(() -> register.find(bsn.get(), Purpose.DISPLAY));
        } catch (PersonRegisterUnavailable e) {
            queries.record(asker, Question.DISPLAY, Outcome.UNAVAILABLE, bsn.get());
            return Details.unavailable(Status.REGISTER_UNAVAILABLE);
        }
        queries.record(asker, Question.DISPLAY, person.isPresent() ? Outcome.ONE_FOUND : Outcome.NONE_FOUND, bsn.get());
        return person.map(RegisterPersonDetails::details).orElse(Details.unavailable(Status.NOT_IN_REGISTER));
    }

    private static Details details(Person person) {
        List<String> address = person.secret()
                ? List.of()
                : person.residence().map(Person.Residence::lines).orElse(List.of());
        return new Details(Status.SHOWN, person.name().full(), person.birthDate(), address, person.secret());
    }
}
