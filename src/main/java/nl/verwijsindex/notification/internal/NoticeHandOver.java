// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.shared.MessageFree;

/**
 * New notices are e-mailed as soon as they are committed: a transaction synchronization hands them to the
 * after-commit executor, where {@link NoticeDelivery} sends them outside any transaction (each of its steps takes its
 * own short one, and no database connection waits on the mail server).
 *
 * <p>Issue 18 (docs/adr/0049): not through the event publication registry, whose row, status update and delete per
 * event kept nothing the notices do not keep themselves: they are committed {@code QUEUED} and due at once, so the
 * retry task and the recovery pass at start send what this hand-over did not (the application stopped, the database
 * was away, or the executor's queue was full and the hand-over was skipped).
 */
@Component
class NoticeHandOver {

    private static final Logger log = LoggerFactory.getLogger(NoticeHandOver.class);

    private final NoticeDelivery delivery;
    private final Executor afterCommit;

    NoticeHandOver(NoticeDelivery delivery, @Qualifier("applicationTaskExecutor") Executor afterCommit) {
        this.delivery = delivery;
        this.afterCommit = afterCommit;
    }

    @EventListener
    void on(NoticesQueued queued) {
        List<NoticeId> notices = queued.noticeIds();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit.execute(() -> deliver(notices));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.execute(() -> deliver(notices));
            }
        });
    }

    private void deliver(List<NoticeId> notices) {
        try {
            delivery.deliver(notices);
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "{} new notices are left to the retry task: {}",
                    notices.size(),
                    e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("{} new notices are left to the retry task", notices.size(), MessageFree.of(e));
        }
    }
}
