// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.internal.NoticeAddressing.Addressed;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.notification.internal.NoticeAddressing.Recipient;
import nl.verwijsindex.notification.internal.NoticeAddressing.Target;
import nl.verwijsindex.notification.internal.NoticeSender.Outgoing;
import nl.verwijsindex.shared.ApplicationClosing;

/**
 * Issue 18 (docs/adr/0057): a batch's e-mails go five over a connection; an e-mail the server refuses fails only its
 * own notice; what a batch cannot send in the first third of the lease, or after a slow connection, is given back due.
 */
class NoticeDeliveryConnectionsTest {

    private final NoticeOutbox outbox = mock(NoticeOutbox.class);
    private final NoticeAddressing addressing = mock(NoticeAddressing.class);
    private final NoticeSender sender = mock(NoticeSender.class);
    private final NoticeRetry retry = mock(NoticeRetry.class);
    private final SteppingClock clock = new SteppingClock();
    private final List<List<Outgoing>> connections = new ArrayList<>();
    private final ApplicationClosing closing = new ApplicationClosing();
    private final NoticeDelivery delivery = new NoticeDelivery(
            outbox,
            new TransactionTemplate(mock(PlatformTransactionManager.class)),
            sender,
            addressing,
            mock(Logbook.class),
            retry,
            clock,
            closing);

    @Test
    void R_NOTICE_twelveNoticesGoOverThreeConnectionsAndARefusedOneFailsAlone() {
        List<Pending> notices = claimed(12);
        Pending refused = notices.get(6);
        sending(outgoing -> outgoing.stream()
                .filter(o -> o.notice() == refused)
                .findFirst()
                .map(o -> Map.<Outgoing, MailException>of(o, new MailSendException("550 mailbox unavailable")))
                .orElse(Map.of()));

        delivery.deliver(ids(notices));

        assertThat(connections).extracting(List::size).containsExactly(5, 5, 2);
        verify(retry).failed(eq(refused), any(MailSendException.class));
        assertThat(markedSent()).hasSize(11).doesNotContain(refused.id());
        verify(outbox).release(List.of());
    }

    @Test
    void R_NOTICE_afterASlowConnectionTheRestOfTheBatchIsGivenBackDue() {
        List<Pending> notices = claimed(12);
        sending(outgoing -> {
            clock.advance(NoticeDelivery.SLOW_CONNECTION.plusSeconds(1));
            return Map.of();
        });

        delivery.deliver(ids(notices));

        assertThat(connections).hasSize(1);
        assertThat(markedSent()).containsExactlyElementsOf(ids(notices.subList(0, 5)));
        verify(outbox).release(ids(notices.subList(5, 12)));
        verify(retry, never()).failed(any(), any());
    }

    @Test
    void R_NOTICE_noConnectionStartsAfterTheFirstThirdOfTheLease() {
        List<Pending> notices = claimed(20);
        sending(outgoing -> {
            clock.advance(Duration.ofSeconds(4));
            return Map.of();
        });

        delivery.deliver(ids(notices));

        // Connections start at 0, 4 and 8 s, within the first third (10 s) and none slow; the fourth would start at 12.
        assertThat(connections).extracting(List::size).containsExactly(5, 5, 5);
        verify(outbox).release(ids(notices.subList(15, 20)));
    }

    @Test
    void R_NOTICE_onceTheApplicationIsClosingNoNoticeIsClaimedAndTheyStayDue() {
        List<Pending> notices = claimed(3);
        closing.begin();

        delivery.deliver(ids(notices));

        verify(outbox, never()).claim(any(), any());
        verify(sender, never()).send(anyList());
        verify(retry, never()).failed(any(), any());
    }

    @Test
    void R_NOTICE_eMailsThatFailAsTheApplicationClosesAreGivenBackNotCountedAsAttempts() {
        List<Pending> notices = claimed(12);
        // the in-process SMTP server of the demo stops with the application, during the first connection
        sending(outgoing -> {
            closing.begin();
            Map<Outgoing, MailException> failed = new LinkedHashMap<>();
            outgoing.stream().skip(2).forEach(o -> failed.put(o, new MailSendException("Connection refused")));
            return failed;
        });

        delivery.deliver(ids(notices));

        assertThat(connections).hasSize(1);
        assertThat(markedSent()).containsExactlyElementsOf(ids(notices.subList(0, 2)));
        verify(outbox).release(ids(notices.subList(2, 12)));
        verify(retry, never()).failed(any(), any());
    }

    private void sending(Function<List<Outgoing>, Map<Outgoing, MailException>> server) {
        when(sender.compose(any(), any())).thenAnswer(call -> {
            Pending notice = call.getArgument(0);
            Addressed addressed = call.getArgument(1);
            return new Outgoing(notice, addressed.recipient(), addressed.target(), mock(MimeMessage.class));
        });
        when(sender.send(anyList())).thenAnswer(call -> {
            List<Outgoing> outgoing = List.copyOf(call.getArgument(0));
            connections.add(outgoing);
            return server.apply(outgoing);
        });
    }

    private List<Pending> claimed(int count) {
        List<Pending> notices = new ArrayList<>();
        Map<Pending, Optional<Addressed>> addressed = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Pending notice = new Pending(
                    NoticeId.random(), new ProfessionalId(UUID.randomUUID()), null, null, null, null, "R01", 0, false);
            notices.add(notice);
            addressed.put(
                    notice,
                    Optional.of(new Addressed(
                            new Recipient("p" + i + "@zorg.example", UUID.randomUUID(), UUID.randomUUID()),
                            new Target("R01", new byte[32], UUID.randomUUID()),
                            "Verwijsindex")));
        }
        when(outbox.claim(any(), any())).thenReturn(notices);
        when(addressing.address(notices)).thenReturn(addressed);
        when(outbox.markSent(any(), isNull()))
                .thenAnswer(call -> Set.copyOf(call.<Collection<NoticeId>>getArgument(0)));
        return notices;
    }

    @SuppressWarnings("unchecked")
    private List<NoticeId> markedSent() {
        ArgumentCaptor<Collection<NoticeId>> sent = ArgumentCaptor.forClass(Collection.class);
        verify(outbox).markSent(sent.capture(), isNull());
        return List.copyOf(sent.getValue());
    }

    private static List<NoticeId> ids(List<Pending> notices) {
        return notices.stream().map(Pending::id).toList();
    }

    /** A clock that moves only when told. */
    private static final class SteppingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
