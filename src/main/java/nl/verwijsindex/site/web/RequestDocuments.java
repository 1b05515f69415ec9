// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * R-REQUEST: the documents of a request as PDF (openhtmltopdf, as the information letter): the overview of what the
 * index holds for an access or copy request, and the decision letter with the notice of how to object. Never a BSN.
 */
@Component
class RequestDocuments {

    private final ITemplateEngine templates;

    RequestDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(new Locale("nl", "NL"), variables));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A request's document could not be rendered", e);
        }
    }
}
