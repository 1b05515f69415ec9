// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in the demo run: Dutch time, which the demo history moves back to play the past
 * months through the modules' own operations, and returns to the real time when it is done. It runs at the
 * normal pace from wherever it is set, so what the modules and db-scheduler do in the meantime happens at
 * that moment, as the tests' {@code MovableClock} does. Only the demo has it: elsewhere time is not moved.
 */
@Component
@Primary
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
final class DemoClock extends Clock {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final Clock REAL = Clock.systemUTC();

    private volatile Duration offset = Duration.ZERO;

    /** From now on the time is this moment, and runs on from there. */
    void setTo(Instant moment) {
        offset = Duration.between(REAL.instant(), moment);
    }

    /** Back to the real time. */
    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return REAL.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return NETHERLANDS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
