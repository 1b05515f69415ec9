// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as the SMTP server of the standalone run. It can be stopped and started again on the same
 * port, which the tests use to show that notices survive an SMTP outage.
 */
public class InProcessMailServer {

    private final int port;
    private GreenMail greenMail;

    public InProcessMailServer(int configuredPort) {
        this.port = configuredPort > 0 ? configuredPort : freePort();
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public int port() {
        return port;
    }

    public synchronized boolean running() {
        return greenMail != null;
    }

    /** Received messages; empty while stopped. A restart forgets what it had received. */
    public synchronized List<ReceivedMail> received() {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(InProcessMailServer::toMail)
                .toList();
    }

    public synchronized void clear() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot purge the in-process mailboxes", e);
            }
        }
    }

    private static ReceivedMail toMail(MimeMessage message) {
        try {
            return new ReceivedMail(
                    String.join(
                            ", ",
                            Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                    .map(Object::toString)
                                    .toList()),
                    message.getSubject(),
                    GreenMailUtil.getBody(message).replace("\r\n", "\n"),
                    new String(GreenMailUtil.getHeaders(message).getBytes()));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message in the in-process mailbox", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A received e-mail as a developer reads it. */
    public record ReceivedMail(String to, String subject, String body, String headers) {}
}
