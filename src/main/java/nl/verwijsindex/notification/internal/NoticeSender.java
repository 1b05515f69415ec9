// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import nl.verwijsindex.notification.NotificationProperties;
import nl.verwijsindex.notification.internal.NoticeAddressing.Addressed;
import nl.verwijsindex.notification.internal.NoticeAddressing.Pending;
import nl.verwijsindex.notification.internal.NoticeAddressing.Recipient;
import nl.verwijsindex.notification.internal.NoticeAddressing.Target;
import nl.verwijsindex.shared.MessageFree;

/**
 * Makes the e-mails of notices ({@link NoticeMail}) and sends several over one SMTP connection (issue 18): a connection
 * per e-mail, and with TLS a handshake per e-mail, was most of the cost of sending. Spring's {@link JavaMailSender}
 * sends an array of messages over one connection and says which it could not send; what it could not send is told
 * per e-mail, so one refused recipient fails only its own notice.
 */
@Component
class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    private final JavaMailSender mail;
    private final NotificationProperties properties;

    NoticeSender(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** A notice's e-mail, made now from current state, with whom it goes to and what it is about. */
    record Outgoing(Pending notice, Recipient recipient, Target target, MimeMessage message) {}

    /** @throws MailException when the e-mail cannot be made (an address the mail library cannot read, say) */
    Outgoing compose(Pending notice, Addressed addressed) {
        MimeMessage message = mail.createMimeMessage();
        try {
            NoticeMail.compose(
                            notice.id(),
                            properties.from(),
                            addressed.recipient().email(),
                            addressed.indexDisplayName(),
                            properties.baseUrl())
                    .prepare(message);
        } catch (MessagingException e) {
            throw new MailParseException(e);
        } catch (Exception e) {
            throw new MailPreparationException(e);
        }
        return new Outgoing(notice, addressed.recipient(), addressed.target(), message);
    }

    /**
     * Sends the e-mails over one connection, in order.
     *
     * @return those not sent, each with why: refused by the server, or not reached because the connection failed; a
     *     connection that failed only as it closed, after all were sent, is said in the log
     */
    Map<Outgoing, MailException> send(List<Outgoing> outgoing) {
        Map<Outgoing, MailException> failed = new IdentityHashMap<>();
        if (outgoing.isEmpty()) {
            return failed;
        }
        try {
            mail.send(outgoing.stream().map(Outgoing::message).toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> perMessage = e.getFailedMessages();
            if (perMessage.isEmpty()) {
                // JavaMailSenderImpl names no message only when every one was sent and closing the connection failed.
                log.warn("The e-mails were sent, but their SMTP connection did not close properly", MessageFree.of(e));
                return failed;
            }
            for (Outgoing o : outgoing) {
                Exception failure = perMessage.get(o.message());
                if (failure != null) {
                    failed.put(o, failure instanceof MailException m ? m : new MailSendException("not sent", failure));
                }
            }
        } catch (MailException e) {
            outgoing.forEach(o -> failed.put(o, e));
        }
        return failed;
    }
}
