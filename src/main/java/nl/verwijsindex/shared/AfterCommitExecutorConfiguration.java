// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Listeners that run after commit (through the event publication registry) share a bounded queue. When it
 * is full, a task is not run now: its publication stays incomplete in the registry and the resubmission
 * task hands it over again later. That is back-pressure without loss, so a full queue is no error: it is
 * counted and reported at most once a minute instead of a stack trace per task. Issue 18 (docs/adr/0053): as soon as
 * the queue has emptied after that, the executor hands those publications over itself ({@link DeferredWorkDrain}).
 */
@Configuration(proxyBeanMethods = false)
class AfterCommitExecutorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitExecutorConfiguration.class);
    private static final long REPORT_EVERY_NANOS = 60_000_000_000L;

    @Bean
    ThreadPoolTaskExecutorCustomizer deferWhenFull(
            ObjectProvider<IncompleteEventPublications> incomplete, Clock clock) {
        AtomicLong deferred = new AtomicLong();
        AtomicLong lastReport = new AtomicLong(System.nanoTime() - REPORT_EVERY_NANOS);
        DeferredWorkDrain drain = new DeferredWorkDrain(incomplete::getObject, clock);
        return executor -> {
            executor.setTaskDecorator(task -> () -> {
                try {
                    task.run();
                } finally {
                    drain.taskEnded(executor);
                }
            });
            executor.setRejectedExecutionHandler((task, pool) -> {
                drain.deferred();
                long count = deferred.incrementAndGet();
                long now = System.nanoTime();
                long last = lastReport.get();
                if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
                    log.warn(
                            "After-commit work queue full: {} tasks deferred so far; their events stay in the publication "
                                    + "registry and are handed over again when the queue has emptied",
                            count);
                }
            });
        };
    }
}
