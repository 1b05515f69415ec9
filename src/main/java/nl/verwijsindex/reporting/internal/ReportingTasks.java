// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REPORTS (docs/adr/0040, V73): every hour, facts still waiting for a youth whose municipality the index now knows
 * get it (a register answer that crossed a match's facts), and a fact waits at most a week, so no fact stays linked
 * to a youth when the register never places them (or none is connected); every five minutes the monthly roll-up of
 * the facts is folded (docs/adr/0044, V75). Cluster-safe in db-scheduler.
 */
@Configuration(proxyBeanMethods = false)
class ReportingTasks {

    static final String END_WAITS = "report-fact-wait-ends";
    static final String COMPACT_MONTHS = "report-fact-months-compact";

    /** How often the rows appended to the monthly roll-up are folded (V75): a report reads the rest as they are. */
    static final Duration COMPACT_EVERY = Duration.ofMinutes(5);

    static final Period LONGEST_WAIT = Period.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(ReportingTasks.class);

    /** How many waiting youths one run looks up; the rest follow in the next. */
    static final int SETTLE_AT_MOST = 1000;

    @Bean
    RecurringTask<Void> reportFactWaitEnds(FactStore store, PersonIndex persons, Clock clock) {
        return Tasks.recurring(END_WAITS, FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
            // A person check that answered while a match's facts were being written can have missed them.
            for (YouthId youth : store.waitedFor(SETTLE_AT_MOST)) {
                persons.municipalityOf(youth).ifPresent(municipality -> store.municipalityLearned(youth, municipality));
            }
            int ended = store.endWaitsBefore(Moments.now(clock).minus(LONGEST_WAIT));
            if (ended > 0) {
                log.info("Report facts: {} waited a week for their municipality and keep 'Onbekend'", ended);
            }
        });
    }

    /**
     * Folds the monthly roll-up's appended rows (docs/adr/0044), so that a report reads about one row per month and
     * combination however many facts were written since.
     */
    @Bean
    RecurringTask<Void> reportFactMonthsCompact(FactStore store) {
        return Tasks.recurring(COMPACT_MONTHS, FixedDelay.of(COMPACT_EVERY)).execute((instance, context) -> {
            int folded = store.compactMonths();
            if (folded > 0) {
                log.debug("Report facts: folded {} rows of the monthly roll-up", folded);
            }
        });
    }
}
