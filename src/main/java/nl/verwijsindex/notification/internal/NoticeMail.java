// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import org.springframework.mail.SimpleMailMessage;

/**
 * R-MAIL-EMPTY: the e-mail says only that there is news and where to log in. No name, BSN, birth date,
 * address, organisation or match details: an address that no longer reaches the professional (13% of
 * match e-mails in 2020) then leaks nothing.
 */
final class NoticeMail {

    private NoticeMail() {}

    static SimpleMailMessage compose(String from, String to, String indexName, String baseUrl) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Nieuw bericht in de " + indexName);
        message.setText("""
                Goedendag,

                Er staat een nieuw bericht voor u klaar in de %1$s.

                Om de privacy van de jeugdige en het gezin te beschermen, staat in deze e-mail geen inhoud. \
                Log in om het bericht te lezen:
                %2$s

                Dit is een automatisch bericht. U kunt er niet op antwoorden.
                """.formatted(indexName, baseUrl));
        return message;
    }
}
