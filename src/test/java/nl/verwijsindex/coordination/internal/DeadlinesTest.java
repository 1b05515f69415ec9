// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * R-DEADLINE, ADR 0059: one task per case and date, that reminds before the deadline day is over and escalates after.
 */
class DeadlinesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-04-30");
    private static final DutchCalendar CALENDAR = new DutchCalendar(LiberationDay.EVERY_FIVE_YEARS);

    private final SchedulerClient scheduler = mock(SchedulerClient.class);
    private final Deadlines deadlines = new Deadlines(
            provider(scheduler), Clock.fixed(Instant.parse("2026-04-23T10:00:00Z"), AMSTERDAM), LocalTime.of(7, 0));

    @Test
    void R_DEADLINE_theRunBeforeTheEndOfTheDeadlineDayRemindsAndTheOneAfterEscalates() {
        assertThat(deadlines.escalationMoment(DUE_ON)).isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
        assertThat(deadlines.escalatesAt(Instant.parse("2026-04-29T05:00:00Z"), DUE_ON))
                .isFalse();
        assertThat(deadlines.escalatesAt(Instant.parse("2026-04-30T21:59:59Z"), DUE_ON))
                .as("the deadline day is not over")
                .isFalse();
        assertThat(deadlines.escalatesAt(Instant.parse("2026-04-30T22:00:00Z"), DUE_ON))
                .isTrue();
        assertThat(deadlines.escalatesAt(Instant.parse("2026-05-04T08:00:00Z"), DUE_ON))
                .as("down from before the reminder until after the deadline day: no reminder, the escalation")
                .isTrue();
    }

    @Test
    void R_DEADLINE_oneTaskAtTheReminderTimeOnTheWorkingDayBeforeTheDeadline() {
        assertOneTaskPlannedAt(LocalDate.parse("2026-04-23"), Instant.parse("2026-04-29T05:00:00Z"));
    }

    @Test
    void R_DEADLINE_withoutAWorkingDayToRemindOnTheTaskIsPlannedForTheEscalation() {
        // matched on the working day before the deadline: a deadline of one working day
        assertOneTaskPlannedAt(LocalDate.parse("2026-04-29"), Instant.parse("2026-04-30T22:00:00Z"));
    }

    /** A match on {@code matchedOn} plans exactly one deadline task for its case and date, at {@code at}. */
    private void assertOneTaskPlannedAt(LocalDate matchedOn, Instant at) {
        MatchCaseId caseId = new MatchCaseId(UUID.randomUUID());
        deadlines.plan(caseId, matchedOn, DUE_ON, CALENDAR);
        verify(scheduler)
                .scheduleIfNotExists(new TaskInstance<Void>("consultation-deadline", caseId + "/" + DUE_ON), at);
        verifyNoMoreInteractions(scheduler);
    }

    @SuppressWarnings("unchecked")
    private static ObjectProvider<SchedulerClient> provider(SchedulerClient client) {
        ObjectProvider<SchedulerClient> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(client);
        return provider;
    }
}
