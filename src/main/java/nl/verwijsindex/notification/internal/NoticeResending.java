package nl.verwijsindex.notification.internal;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.verwijsindex.notification.UndeliverableNotices.QueuedAgain;

/** Sends what the organisation coordinator queued again as soon as that is committed, outside the page's request. */
@Component
class NoticeResending {

    private final NoticeDelivery delivery;

    NoticeResending(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    @Async
    @TransactionalEventListener
    void send(QueuedAgain queued) {
        queued.noticeIds().forEach(delivery::deliverQueuedAgain);
    }
}
