// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that runs at the normal pace from a moment a test sets, in Dutch time. Because it keeps running,
 * recurring tasks with a fixed delay go on; because the application and db-scheduler both read it, moving it
 * makes what is due on a date run on that date. Add {@link Use} as a source of the application to use it.
 */
public final class MovableClock extends Clock {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** The one clock of the applications a test starts, so each restart continues on the same time line. */
    public static final MovableClock INSTANCE = new MovableClock();

    private static final Clock REAL = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    private MovableClock() {}

    /** From now on the time is this moment (Dutch local time) and runs on from there. */
    public void setTo(LocalDateTime dutchLocalTime) {
        offset = Duration.between(
                REAL.instant(), dutchLocalTime.atZone(NETHERLANDS).toInstant());
    }

    /**
     * Back to the real time. The clock is one for the whole test JVM: a test class that moves it into the past gives
     * it back when it ends, so the next class does not start months earlier. Never move it back while an
     * application that uses it runs: db-scheduler would wait for the time it jumped back before polling again.
     */
    public void reset() {
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

    /**
     * Makes the application use {@link #INSTANCE} instead of the system clock: add it as a source. Deliberately
     * not a {@code @Configuration}, so component scanning does not put it into every test's application.
     */
    public static class Use {

        @Bean
        @Primary
        Clock movableClock() {
            return INSTANCE;
        }
    }
}
