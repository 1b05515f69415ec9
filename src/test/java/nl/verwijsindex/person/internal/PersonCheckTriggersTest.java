// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.verwijsindex.shared.ApplicationClosing;
import nl.verwijsindex.youth.YouthId;

/**
 * Issue 18 (docs/adr/0056): the checks asked for after registrations commit are taken from one queue by at most two
 * tasks of the after-commit executor, up to a question's worth of youths at a time, where each registration had a
 * task of its own. The executor here runs nothing by itself: the test runs its tasks, so what would be concurrent is
 * played out step by step.
 */
class PersonCheckTriggersTest {

    private final List<Runnable> tasks = new ArrayList<>();
    private final List<List<YouthId>> checked = new ArrayList<>();
    private final RegisterPersonCheck check = mock(RegisterPersonCheck.class);
    private boolean refusing;
    private final Executor executor = task -> {
        if (refusing) {
            throw new RejectedExecutionException("the queue is full");
        }
        tasks.add(task);
    };
    private final ApplicationClosing closing = new ApplicationClosing();
    private PersonCheckTriggers triggers;

    @BeforeEach
    void triggers() {
        doAnswer(call -> checked.add(List.copyOf(call.<List<YouthId>>getArgument(0))))
                .when(check)
                .checkNow(anyList());
        triggers =
                new PersonCheckTriggers(mock(PersonCheckQueue.class), mock(PersonData.class), check, executor, closing);
    }

    @Test
    void aYouthCommittedAloneIsCheckedAtOnceOnItsOwn() {
        triggers.checkSoon(youth(1));

        assertThat(tasks).hasSize(1);
        tasks.get(0).run();
        assertThat(checked).containsExactly(youths(1, 1));
    }

    @Test
    void youthsCommittedCloseTogetherAreCheckedTwentyAtATimeByAtMostTwoTasks() {
        LongStream.rangeClosed(1, 45).forEach(i -> triggers.checkSoon(youth(i)));

        assertThat(tasks).as("two checkers, not a task per registration").hasSize(2);
        tasks.get(0).run();
        assertThat(checked).containsExactly(youths(1, 20), youths(21, 40), youths(41, 45));
        tasks.get(1).run();
        assertThat(checked).as("the second found the queue empty").hasSize(3);
    }

    @Test
    void onceTheApplicationIsClosingNoCheckIsBegunAndTheWaitingYouthsStayDue() {
        triggers.checkSoon(youth(1));
        closing.begin();
        triggers.checkSoon(youth(2));

        tasks.forEach(Runnable::run);
        assertThat(checked)
                .as("left to the recurring task after the next start")
                .isEmpty();
    }

    @Test
    void aYouthCommittedTwiceBeforeItsCheckIsAskedAboutOnce() {
        triggers.checkSoon(youth(7));
        triggers.checkSoon(youth(7));
        triggers.checkSoon(youth(8));

        tasks.forEach(Runnable::run);
        assertThat(checked).containsExactly(List.of(youth(7), youth(8)));
    }

    @Test
    void aYouthCommittedWhileBothCheckersAreBusyIsTakenByOneOfThem() {
        triggers.checkSoon(youth(1));
        triggers.checkSoon(youth(2));
        assertThat(tasks).hasSize(2);
        doAnswer(call -> {
                    checked.add(List.copyOf(call.<List<YouthId>>getArgument(0)));
                    if (checked.size() == 1) {
                        triggers.checkSoon(youth(3)); // both checkers counted as busy: no third task
                    }
                    return null;
                })
                .when(check)
                .checkNow(anyList());

        tasks.get(0).run();

        assertThat(tasks).hasSize(2);
        assertThat(checked).containsExactly(List.of(youth(1), youth(2)), List.of(youth(3)));
    }

    @Test
    void whenTheExecutorRefusesTheYouthsWaitAndTheNextCommitStartsAChecker() {
        refusing = true;
        triggers.checkSoon(youth(1));
        assertThat(tasks).isEmpty();

        refusing = false;
        triggers.checkSoon(youth(2));

        assertThat(tasks).hasSize(1);
        tasks.get(0).run();
        assertThat(checked).containsExactly(List.of(youth(1), youth(2)));
    }

    @Test
    void aCheckThatFailsLeavesItsYouthsDueAndTheCheckerGoesOnWithTheNext() {
        LongStream.rangeClosed(1, 25).forEach(i -> triggers.checkSoon(youth(i)));
        doAnswer(call -> {
                    checked.add(List.copyOf(call.<List<YouthId>>getArgument(0)));
                    if (checked.size() == 1) {
                        throw new IllegalStateException("the database went away");
                    }
                    return null;
                })
                .when(check)
                .checkNow(anyList());

        tasks.get(0).run();

        assertThat(checked).containsExactly(youths(1, 20), youths(21, 25));
        triggers.checkSoon(youth(26));
        assertThat(tasks).as("the failed checker ended, so a new one starts").hasSize(3);
    }

    private static YouthId youth(long id) {
        return new YouthId(id);
    }

    private static List<YouthId> youths(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(YouthId::new).toList();
    }
}
