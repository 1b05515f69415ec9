// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;

import nl.verwijsindex.notification.NoticeId;

/**
 * R-MAIL-EMPTY: the e-mail says only that there is news and where to log in. No name, BSN, birth date,
 * address, organisation or match details: an address that no longer reaches the professional (13% of
 * match e-mails in 2020) then leaks nothing.
 *
 * <p>Its Message-ID is the notice's, the same on every attempt (issue 13, defect 6): when an attempt whose
 * outcome was unknown is repeated, mail systems that drop a message they already have drop the copy.
 */
final class NoticeMail {

    private NoticeMail() {}

    static MimeMessagePreparator compose(NoticeId notice, String from, String to, String indexName, String baseUrl) {
        return message -> fill(message, notice, from, to, indexName, baseUrl);
    }

    /**
     * {@code <notice.{id}@{host}>}: the host of the base URL, or else the domain of the sender address. Only the
     * notice's random id, which says nothing about the youth.
     */
    static String messageId(NoticeId notice, String from, String baseUrl) {
        return "<notice." + notice.value() + "@" + host(from, baseUrl) + ">";
    }

    private static void fill(
            MimeMessage message, NoticeId notice, String from, String to, String indexName, String baseUrl)
            throws MessagingException {
        MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject("Nieuw bericht in de " + indexName);
        mail.setText("""
                Goedendag,

                Er staat een nieuw bericht voor u klaar in de %1$s.

                Om de privacy van de jeugdige en het gezin te beschermen, staat in deze e-mail geen inhoud. \
                Log in om het bericht te lezen:
                %2$s

                Dit is een automatisch bericht. U kunt er niet op antwoorden.
                """.formatted(indexName, baseUrl));
        // Kept by JavaMailSenderImpl, which otherwise generates a new one on every send.
        message.setHeader("Message-ID", messageId(notice, from, baseUrl));
    }

    private static String host(String from, String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            if (host != null && !host.isBlank()) {
                return host;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: fall back on the sender's domain
        }
        int at = from.lastIndexOf('@');
        String domain = at >= 0 ? from.substring(at + 1).replace(">", "").trim() : "";
        return domain.isEmpty() ? "localhost" : domain;
    }
}
