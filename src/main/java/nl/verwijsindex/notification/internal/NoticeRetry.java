// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import nl.verwijsindex.notification.NotificationProperties;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.shared.Moments;

/**
 * R-NOTICE: a failed attempt to e-mail a notice is recorded and retried with a doubling back-off (at most an hour);
 * after {@code verwijsindex.notification.max-attempts} it is left for the organisation coordinator (R-COORDINATOR).
 */
@Component
class NoticeRetry {

    private static final Logger log = LoggerFactory.getLogger(NoticeRetry.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final NoticeOutbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    NoticeRetry(NoticeOutbox outbox, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records the failed attempt, in the caller's transaction. */
    void failed(Pending notice, MailException e) {
        int attempts = notice.attempts() + 1;
        Duration backoff = properties.retryBackoff().multipliedBy(1L << Math.min(attempts - 1, 16));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        String error = e.getClass().getSimpleName();
        boolean undeliverable = attempts >= properties.maxAttempts();
        if (undeliverable) {
            log.warn(
                    "Notice {} could not be e-mailed after {} attempts ({}); left for the organisation coordinator",
                    notice.id(),
                    attempts,
                    error);
        } else {
            log.warn(
                    "Notice {} could not be e-mailed (attempt {}): {}; retrying in {}",
                    notice.id(),
                    attempts,
                    error,
                    backoff);
        }
        outbox.markFailed(
                notice.id(), attempts, undeliverable ? null : Moments.now(clock).plus(backoff), error);
    }
}
