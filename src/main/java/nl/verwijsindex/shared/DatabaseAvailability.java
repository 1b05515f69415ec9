// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Readiness follows the database (issue 13, defect 5): while PostgreSQL cannot be reached the instance reports
 * {@code OUT_OF_SERVICE} on {@code /actuator/health/readiness}, so a load balancer stops sending it requests,
 * and it is ready again by itself once the database is back. Checked every few seconds with a connection from
 * the pool, whose connection timeout bounds how long one check waits.
 */
@Component
class DatabaseAvailability implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private ScheduledExecutorService checks;
    private volatile boolean available = true;

    DatabaseAvailability(
            DataSource dataSource,
            ApplicationEventPublisher events,
            @Value("${verwijsindex.database.check-interval:PT2S}") Duration interval) {
        this.dataSource = dataSource;
        this.events = events;
        this.interval = interval;
    }

    void check() {
        boolean now;
        try (Connection connection = dataSource.getConnection()) {
            now = connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            now = false;
        }
        if (now != available) {
            available = now;
            log.warn(now ? "Database reachable again: ready for traffic" : "Database unreachable: refusing traffic");
            AvailabilityChangeEvent.publish(
                    events, this, now ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
        }
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-availability");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }
}
