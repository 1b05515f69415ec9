// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.verwijsindex.youth.YouthAge.WhoToInform;

/**
 * R-INFORM: the information letter a professional hands over or sends, in plain Dutch per audience, rendered from
 * a Thymeleaf template to PDF (openhtmltopdf). It carries the BSN only when the professional asks for it.
 */
@Component
class InformationLetter {

    private final ITemplateEngine templates;

    InformationLetter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param bsn the BSN to print, or {@code null} to leave it out (the default)
     * @param youthName the youth's name from the register, or {@code null} when it is not known
     * @param municipality the municipality that answers requests, or {@code null} when the index does not know it
     */
    record Contents(
            WhoToInform audience,
            LocalDate date,
            String indexName,
            String professionalName,
            String organisationName,
            String phone,
            String email,
            String youthName,
            String bsn,
            String municipality,
            LocalDate activeUntil,
            String informationUrl) {

        @Override
        public String toString() {
            return "Contents[" + audience + "]";
        }
    }

    byte[] pdf(Contents contents) {
        String html =
                templates.process("letter/information", new Context(new Locale("nl", "NL"), Map.of("l", contents)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The information letter could not be rendered", e);
        }
    }
}
