// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.rights.AccessOverviews;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.shared.DomainException;

/**
 * R-REQUEST: the documents of a request as PDF (openhtmltopdf, as the information letter): the overview of what the
 * index holds for an access or copy request, and the decision letter with the notice of how to object. Never a BSN.
 * The same documents for the desk's pages and for its API. Each is a logged look at the youth (the request's read,
 * the overview's making).
 */
@Component
class RequestDocuments {

    private final ITemplateEngine templates;
    private final RightsRequests requests;
    private final AccessOverviews overviews;
    private final Covenants covenants;
    private final Clock clock;

    RequestDocuments(
            ITemplateEngine templates,
            RightsRequests requests,
            AccessOverviews overviews,
            Covenants covenants,
            Clock clock) {
        this.templates = templates;
        this.requests = requests;
        this.overviews = overviews;
        this.covenants = covenants;
        this.clock = clock;
    }

    /** The overview of an access or copy request of the desk's municipality. */
    byte[] overview(PrivacyDesk desk, UUID id) {
        RequestView request = requests.find(desk, id);
        return pdf(
                "letter/overview",
                Map.of(
                        "o", overviews.of(desk, id),
                        "request", request,
                        "kind", RequestTexts.KINDS.get(request.kind().name()),
                        "municipality", municipalityName(desk)));
    }

    /** The decision letter, once the request is decided. */
    byte[] decisionLetter(PrivacyDesk desk, UUID id) {
        RequestView request = requests.find(desk, id);
        if (request.open()) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "request-not-decided", "Over dit verzoek is nog niet besloten.");
        }
        return pdf(
                "letter/decision",
                Map.of(
                        "request", request,
                        "kind", RequestTexts.KINDS.get(request.kind().name()),
                        "outcome", RequestTexts.OUTCOMES.get(request.outcome().name()),
                        "today", LocalDate.now(clock),
                        "municipality", municipalityName(desk)));
    }

    private String municipalityName(PrivacyDesk desk) {
        return covenants
                .municipality(desk.municipalityCode())
                .map(Covenants.Municipality::name)
                .orElse(desk.municipalityCode());
    }

    private byte[] pdf(String template, Map<String, Object> variables) {
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
