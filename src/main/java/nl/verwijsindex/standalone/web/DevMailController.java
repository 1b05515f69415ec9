// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.standalone.InProcessMailServer.ReceivedMail;

/** For developers of the standalone run: the e-mail the in-process SMTP server received. */
@RestController
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
class DevMailController {

    private final InProcessMailServer server;

    DevMailController(InProcessMailServer server) {
        this.server = server;
    }

    @GetMapping(path = "/dev/mail", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReceivedMail> json() {
        return server.received();
    }

    @GetMapping(path = "/dev/mail", produces = MediaType.TEXT_HTML_VALUE)
    String html() {
        StringBuilder page = new StringBuilder("""
                <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Ontvangen e-mail (ontwikkeling)</title>
                <link rel="stylesheet" href="/css/site.css"></head><body><main><h1>Ontvangen e-mail</h1>
                <p>E-mail die de ingebouwde SMTP-server van deze demo heeft ontvangen, nieuwste onderaan.</p>
                """);
        List<ReceivedMail> mails = server.received();
        if (mails.isEmpty()) {
            page.append("<p>Nog geen e-mail ontvangen.</p>");
        }
        for (ReceivedMail mail : mails) {
            page.append("<article><h2>")
                    .append(HtmlUtils.htmlEscape(mail.subject()))
                    .append("</h2><p>Aan: ")
                    .append(HtmlUtils.htmlEscape(mail.to()))
                    .append("</p><pre>")
                    .append(HtmlUtils.htmlEscape(mail.body()))
                    .append("</pre></article>");
        }
        return page.append("</main></body></html>").toString();
    }
}
