// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.youth.Bsn;

/**
 * The register's answers for one batch of person checks (docs/adr/0056): one question about all of them, and the
 * residents of each address asked once. One person the client cannot read spoils only their own check: an answer about
 * several that is malformed is asked again person by person. A register found unreachable or too slow is not asked
 * again within the batch, so the youths after it fail at once instead of each waiting out the timeouts, which could
 * take the last of them past their claim's lease.
 */
final class CheckQuestions {

    private final PersonRegister register;
    private final Map<Bsn, Person> found = new HashMap<>();
    private final Map<Bsn, Reason> unanswered = new HashMap<>();
    private final Map<String, List<Bsn>> residentsAt = new HashMap<>();
    private Reason down;

    private CheckQuestions(PersonRegister register) {
        this.register = register;
    }

    /** Asks about these persons (at most {@link PersonRegister#MOST_ASKED_AT_ONCE}, each once). */
    static CheckQuestions ask(PersonRegister register, List<Bsn> bsns) {
        CheckQuestions questions = new CheckQuestions(register);
        if (!bsns.isEmpty()) {
            questions.askAll(bsns);
        }
        return questions;
    }

    private void askAll(List<Bsn> bsns) {
        try {
            found.putAll(register.findAll(bsns, Purpose.CHECK));
        } catch (PersonRegisterUnavailable e) {
            if (e.reason() != Reason.MALFORMED_RESPONSE || bsns.size() == 1) {
                noteDown(e.reason());
                bsns.forEach(bsn -> unanswered.put(bsn, e.reason()));
                return;
            }
            for (Bsn bsn : bsns) {
                if (down != null) {
                    unanswered.put(bsn, down);
                    continue;
                }
                try {
                    register.find(bsn, Purpose.CHECK).ifPresent(person -> found.put(bsn, person));
                } catch (PersonRegisterUnavailable alone) {
                    noteDown(alone.reason());
                    unanswered.put(bsn, alone.reason());
                }
            }
        }
    }

    /** Why the register gave no answer about this person, if it gave none. */
    Optional<Reason> unanswered(Bsn bsn) {
        return Optional.ofNullable(unanswered.get(bsn));
    }

    /** How many of the persons asked about got no answer. */
    int unansweredCount() {
        return unanswered.size();
    }

    /** The person, or empty when the register does not know them. */
    Optional<Person> person(Bsn bsn) {
        return Optional.ofNullable(found.get(bsn));
    }

    /**
     * The residents of the person's address (none without one), asked once per address.
     *
     * @throws PersonRegisterUnavailable when they cannot be asked, also without asking when the register was found
     *     unreachable or too slow earlier in the batch
     */
    List<Bsn> residentsOf(Person person) {
        Optional<String> address = person.residence().map(Person.Residence::addressableObjectId);
        if (address.isEmpty()) {
            return List.of();
        }
        List<Bsn> known = residentsAt.get(address.get());
        if (known != null) {
            return known;
        }
        if (down != null) {
            throw new PersonRegisterUnavailable(down, "the register did not answer earlier in this batch");
        }
        try {
            List<Bsn> residents = register.residents(address.get());
            residentsAt.put(address.get(), residents);
            return residents;
        } catch (PersonRegisterUnavailable e) {
            noteDown(e.reason());
            throw e;
        }
    }

    private void noteDown(Reason reason) {
        if (reason == Reason.UNREACHABLE || reason == Reason.TIMEOUT) {
            down = reason;
        }
    }
}
