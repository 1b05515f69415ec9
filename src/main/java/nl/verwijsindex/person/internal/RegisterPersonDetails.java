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

    RegisterPersonDetails(PersonRegister register, Youths youths) {
        this.register = register;
        this.youths = youths;
    }

    @Override
    public Details of(SignalView ownSignal) {
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
        try {
            return register.find(bsn.get(), Purpose.DISPLAY)
                    .map(RegisterPersonDetails::details)
                    .orElse(Details.unavailable(Status.NOT_IN_REGISTER));
        } catch (PersonRegisterUnavailable e) {
            return Details.unavailable(Status.REGISTER_UNAVAILABLE);
        }
    }

    private static Details details(Person person) {
        List<String> address = person.secret()
                ? List.of()
                : person.residence().map(Person.Residence::lines).orElse(List.of());
        return new Details(Status.SHOWN, person.name().full(), person.birthDate(), address, person.secret());
    }
}
