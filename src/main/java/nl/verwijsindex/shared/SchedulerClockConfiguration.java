// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler decides what is due by the injected {@link Clock} too (DESIGN decision 2), so a task planned for a
 * date by one rule runs on that date by the same clock, and tests that move time move the scheduler with it.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerClockConfiguration {

    @Bean
    com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
        return clock::instant;
    }
}
