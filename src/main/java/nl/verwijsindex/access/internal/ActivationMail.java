// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * The activation e-mail (issue 12): only the link and how long it works, as R-MAIL-EMPTY asks of every e-mail the
 * index sends. No youth, no organisation, not even the username: the page behind the link shows that, to whoever
 * holds the link.
 */
final class ActivationMail {

    /** The page the link opens; the secret is its {@value #SECRET} parameter. */
    static final String PATH = "/activeren";

    static final String SECRET = "code";

    private ActivationMail() {}

    static String link(String baseUrl, String secret) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + PATH + "?" + SECRET + "=" + secret;
    }

    static MimeMessagePreparator compose(String from, String to, String link, Duration lifetime) {
        return message -> {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject("Uw account voor de Verwijsindex");
            mail.setText("""
                    Goedendag,

                    Er is een account voor u aangemaakt in de Verwijsindex. Kies via deze link uw eigen wachtwoord:
                    %1$s

                    De link werkt maar een keer en is %2$s geldig. Werkt hij niet meer? Vraag dan degene die uw account \
                    heeft aangemaakt om een nieuwe link.

                    Dit is een automatisch bericht. U kunt er niet op antwoorden.
                    """.formatted(link, lifetime(lifetime)));
        };
    }

    /** "72 uur", "2 dagen": whole hours below two days, whole days above. */
    static String lifetime(Duration lifetime) {
        long hours = lifetime.toHours();
        if (hours < 48) {
            return Math.max(hours, 1) + " uur";
        }
        return lifetime.toDays() + " dagen";
    }
}
