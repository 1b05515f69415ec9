// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.URLName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NotificationProperties;
import nl.verwijsindex.notification.internal.NoticeAddressing.Addressed;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.notification.internal.NoticeAddressing.Recipient;
import nl.verwijsindex.notification.internal.NoticeAddressing.Target;
import nl.verwijsindex.notification.internal.NoticeSender.Outgoing;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * Issue 18: the e-mails of a batch of notices go over one SMTP connection, and what the server refuses, or a connection
 * that fails half-way, fails only the notices it concerns (R-NOTICE: each is retried on its own).
 */
class NoticeSenderTest {

    private static final NotificationProperties PROPERTIES = new NotificationProperties(
            "verwijsindex@gemeente.example", "https://vi.example", Duration.ofSeconds(30), Duration.ofSeconds(30), 12);

    private final InProcessMailServer server = new InProcessMailServer(0);

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void R_NOTICE_theEmailsOfABatchGoOverOneConnectionEachWithItsOwnMessageId() {
        server.start();
        CountingSender mail = new CountingSender(server.port());
        NoticeSender sender = new NoticeSender(mail, PROPERTIES);
        List<Outgoing> outgoing = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            outgoing.add(sender.compose(pending(), addressed("prof" + i + "@zorg.example")));
        }

        Map<Outgoing, MailException> failed = sender.send(outgoing);

        assertThat(failed).isEmpty();
        assertThat(mail.connections.get()).isEqualTo(1);
        assertThat(server.received())
                .extracting(InProcessMailServer.ReceivedMail::to)
                .containsExactly(
                        "prof1@zorg.example",
                        "prof2@zorg.example",
                        "prof3@zorg.example",
                        "prof4@zorg.example",
                        "prof5@zorg.example");
        assertThat(server.received())
                .extracting(received -> received.headers()
                        .lines()
                        .filter(line -> line.startsWith("Message-ID: "))
                        .findFirst()
                        .orElseThrow())
                .containsExactlyElementsOf(outgoing.stream()
                        .map(o -> "Message-ID: "
                                + NoticeMail.messageId(o.notice().id(), PROPERTIES.from(), PROPERTIES.baseUrl()))
                        .toList());
    }

    @Test
    void R_NOTICE_anEmailTheServerRefusesFailsOnlyItsOwnNotice() {
        ScriptedTransportSender mail = new ScriptedTransportSender(false);
        NoticeSender sender = new NoticeSender(mail, PROPERTIES);
        Outgoing first = sender.compose(pending(), addressed("a@zorg.example"));
        Outgoing refused = sender.compose(pending(), addressed("gone@zorg.example"));
        Outgoing third = sender.compose(pending(), addressed("c@zorg.example"));

        Map<Outgoing, MailException> failed = sender.send(List.of(first, refused, third));

        assertThat(failed).containsOnlyKeys(refused);
        assertThat(failed.get(refused)).isInstanceOf(MailSendException.class);
        assertThat(mail.delivered).containsExactly("a@zorg.example", "c@zorg.example");
    }

    @Test
    void R_NOTICE_aConnectionThatFailsOnlyAsItClosesLeavesEveryEmailSent() {
        ScriptedTransportSender mail = new ScriptedTransportSender(true);
        NoticeSender sender = new NoticeSender(mail, PROPERTIES);
        List<Outgoing> outgoing = List.of(
                sender.compose(pending(), addressed("a@zorg.example")),
                sender.compose(pending(), addressed("b@zorg.example")));

        assertThat(sender.send(outgoing)).isEmpty();
        assertThat(mail.delivered).containsExactly("a@zorg.example", "b@zorg.example");
    }

    @Test
    void R_NOTICE_aMailServerThatCannotBeReachedFailsEveryEmailOfTheConnection() {
        NoticeSender sender = new NoticeSender(new CountingSender(server.port()), PROPERTIES);
        List<Outgoing> outgoing = List.of(
                sender.compose(pending(), addressed("a@zorg.example")),
                sender.compose(pending(), addressed("b@zorg.example")));

        Map<Outgoing, MailException> failed = sender.send(outgoing);

        assertThat(failed).containsOnlyKeys(outgoing.toArray(Outgoing[]::new));
        assertThat(failed.values()).allSatisfy(e -> assertThat(e).isInstanceOf(MailSendException.class));
    }

    @Test
    void anAddressTheMailLibraryCannotReadIsRefusedWhenTheEmailIsMade() {
        NoticeSender sender = new NoticeSender(new CountingSender(server.port()), PROPERTIES);

        assertThatThrownBy(() -> sender.compose(pending(), addressed("not an address@@")))
                .isInstanceOf(MailParseException.class);
        assertThat(sender.send(List.of())).isEmpty();
    }

    private static Pending pending() {
        return new Pending(
                NoticeId.random(), new ProfessionalId(UUID.randomUUID()), null, null, null, null, "R01", 0, false);
    }

    private static Addressed addressed(String email) {
        return new Addressed(
                new Recipient(email, UUID.randomUUID(), UUID.randomUUID()),
                new Target("R01", new byte[32], UUID.randomUUID()),
                "Verwijsindex Eemland");
    }

    /**
     * Spring's own sending loop over a transport that refuses {@code gone@...} as a server answering 550 would, and,
     * if told, fails as it closes the connection.
     */
    private static final class ScriptedTransportSender extends JavaMailSenderImpl {

        final List<String> delivered = new ArrayList<>();
        private final boolean failOnClose;

        ScriptedTransportSender(boolean failOnClose) {
            this.failOnClose = failOnClose;
        }

        @Override
        protected Transport connectTransport() {
            return new Transport(getSession(), new URLName("smtp://127.0.0.1")) {
                @Override
                public void sendMessage(Message message, Address[] addresses) throws MessagingException {
                    String to = addresses[0].toString();
                    if (to.startsWith("gone@")) {
                        throw new SendFailedException("550 mailbox unavailable");
                    }
                    delivered.add(to);
                }

                @Override
                public boolean isConnected() {
                    return true;
                }

                @Override
                public void close() throws MessagingException {
                    if (failOnClose) {
                        throw new MessagingException("421 closing");
                    }
                }
            };
        }
    }

    /** The real mail sender to the in-process server, counting the connections it opens. */
    private static final class CountingSender extends JavaMailSenderImpl {

        final AtomicInteger connections = new AtomicInteger();

        CountingSender(int port) {
            setHost("127.0.0.1");
            setPort(port);
            getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
            getJavaMailProperties().put("mail.smtp.timeout", "2000");
        }

        @Override
        protected Transport connectTransport() throws MessagingException {
            connections.incrementAndGet();
            return super.connectTransport();
        }
    }
}
