// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DESIGN decision 2: every date rule takes this clock, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Dates in the rules (age, expiry) are Dutch calendar dates. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
