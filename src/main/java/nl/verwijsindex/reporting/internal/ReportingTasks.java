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
 * to a youth when the register never places them (or none is connected). Cluster-safe in db-scheduler.
 */
@Configuration(proxyBeanMethods = false)
class ReportingTasks {

    static final String END_WAITS = "report-fact-wait-ends";
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
}
