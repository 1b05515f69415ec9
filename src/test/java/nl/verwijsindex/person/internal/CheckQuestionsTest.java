// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 18 (docs/adr/0056): the questions of a batch of person checks. One person the client cannot read spoils only
 * their own check, and a register that does not answer is not asked again within the batch.
 */
class CheckQuestionsTest {

    static final Bsn ANNA = new Bsn("999990019");
    static final Bsn BRAM = new Bsn("999907931");
    static final Bsn CEES = new Bsn("999908881");
    static final Bsn UNKNOWN = new Bsn("999993653");

    /** A register that knows Anna, Bram and Cees (Anna and Bram at one address, Cees at another). */
    final Scripted register = new Scripted();

    @Test
    void severalPersonsAreAskedAboutInOneQuestionAndTheUnknownIsNoAnswerButNotAFailure() {
        CheckQuestions answers = CheckQuestions.ask(register, List.of(ANNA, BRAM, UNKNOWN));

        assertThat(register.asked).containsExactly(List.of(ANNA, BRAM, UNKNOWN));
        assertThat(answers.person(ANNA)).isPresent();
        assertThat(answers.person(UNKNOWN)).isEmpty();
        assertThat(answers.unanswered(UNKNOWN)).isEmpty();
        assertThat(answers.unansweredCount()).isZero();
    }

    @Test
    void aMalformedAnswerAboutSeveralIsAskedAgainPersonByPersonSoOnlyTheUnreadablePersonFails() {
        register.unreadable = Set.of(BRAM);

        CheckQuestions answers = CheckQuestions.ask(register, List.of(ANNA, BRAM, CEES));

        assertThat(register.asked)
                .containsExactly(List.of(ANNA, BRAM, CEES), List.of(ANNA), List.of(BRAM), List.of(CEES));
        assertThat(answers.unanswered(BRAM)).contains(Reason.MALFORMED_RESPONSE);
        assertThat(answers.person(ANNA)).isPresent();
        assertThat(answers.person(CEES)).isPresent();
        assertThat(answers.unansweredCount()).isOne();
    }

    @Test
    void aMalformedAnswerAboutOnePersonIsNotAskedAgain() {
        register.unreadable = Set.of(BRAM);

        CheckQuestions answers = CheckQuestions.ask(register, List.of(BRAM));

        assertThat(register.asked).containsExactly(List.of(BRAM));
        assertThat(answers.unanswered(BRAM)).contains(Reason.MALFORMED_RESPONSE);
    }

    @Test
    void aRegisterThatIsDownFailsEveryoneOfTheQuestionAndIsNotAskedAgainWithinTheBatch() {
        register.down = Reason.UNREACHABLE;

        CheckQuestions answers = CheckQuestions.ask(register, List.of(ANNA, BRAM));

        assertThat(register.asked).hasSize(1);
        assertThat(answers.unanswered(ANNA)).contains(Reason.UNREACHABLE);
        assertThat(answers.unanswered(BRAM)).contains(Reason.UNREACHABLE);
    }

    @Test
    void theResidentsOfAnAddressAreAskedOnceAndNotAtAllAfterTheRegisterTimedOut() {
        CheckQuestions answers = CheckQuestions.ask(register, List.of(ANNA, BRAM, CEES));

        assertThat(answers.residentsOf(answers.person(ANNA).orElseThrow())).containsExactlyInAnyOrder(ANNA, BRAM);
        assertThat(answers.residentsOf(answers.person(BRAM).orElseThrow())).containsExactlyInAnyOrder(ANNA, BRAM);
        assertThat(register.residentQuestions).isOne();

        CheckQuestions later = CheckQuestions.ask(register, List.of(ANNA, CEES));
        register.down = Reason.TIMEOUT;
        assertThatThrownBy(() -> later.residentsOf(later.person(CEES).orElseThrow()))
                .isInstanceOf(PersonRegisterUnavailable.class);
        int asked = register.residentQuestions;
        assertThatThrownBy(() -> later.residentsOf(later.person(ANNA).orElseThrow()))
                .isInstanceOfSatisfying(
                        PersonRegisterUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        assertThat(register.residentQuestions)
                .as("not asked again in this batch")
                .isEqualTo(asked);
    }

    /** The register as the client would see it: answers, a person it cannot read, or down. */
    static class Scripted implements PersonRegister {

        final List<List<Bsn>> asked = new ArrayList<>();
        final Map<Bsn, Person> persons = new HashMap<>();
        Set<Bsn> unreadable = Set.of();
        Reason down;
        int residentQuestions;

        Scripted() {
            LocalDate born = LocalDate.of(2014, 5, 6);
            persons.put(
                    ANNA,
                    PersonRegisterDouble.child(
                            ANNA.value(), born, "Aa", PersonRegisterDouble.address("0307010000000001", "GM0307")));
            persons.put(
                    BRAM,
                    PersonRegisterDouble.child(
                            BRAM.value(), born, "Aa", PersonRegisterDouble.address("0307010000000001", "GM0307")));
            persons.put(
                    CEES,
                    PersonRegisterDouble.child(
                            CEES.value(), born, "Bos", PersonRegisterDouble.address("0307010000000002", "GM0307")));
        }

        @Override
        public boolean connected() {
            return true;
        }

        @Override
        public Optional<Person> find(Bsn bsn, Purpose purpose) {
            return Optional.ofNullable(findAll(List.of(bsn), purpose).get(bsn));
        }

        @Override
        public Map<Bsn, Person> findAll(Collection<Bsn> bsns, Purpose purpose) {
            asked.add(List.copyOf(bsns));
            if (down != null) {
                throw new PersonRegisterUnavailable(down, "down");
            }
            Map<Bsn, Person> found = new HashMap<>();
            for (Bsn bsn : bsns) {
                if (unreadable.contains(bsn)) {
                    throw new PersonRegisterUnavailable(Reason.MALFORMED_RESPONSE, "unreadable");
                }
                Optional.ofNullable(persons.get(bsn)).ifPresent(p -> found.put(bsn, p));
            }
            return found;
        }

        @Override
        public List<Bsn> search(PersonQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Bsn> residents(String addressableObjectId) {
            residentQuestions++;
            if (down != null) {
                throw new PersonRegisterUnavailable(down, "down");
            }
            return persons.values().stream()
                    .filter(p ->
                            p.residence().orElseThrow().addressableObjectId().equals(addressableObjectId))
                    .map(Person::bsn)
                    .sorted((a, b) -> a.value().compareTo(b.value()))
                    .toList();
        }
    }
}
