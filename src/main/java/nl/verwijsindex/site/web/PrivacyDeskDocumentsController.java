// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.ProblemTypes;

/**
 * R-REQUEST: the privacy desk API's PDFs, the same documents as on the desk's pages (ADR 0028: the documents are the
 * site module's, which holds their templates): the access overview and the decision letter.
 */
@RestController
class PrivacyDeskDocumentsController {

    private final RequestDocuments documents;

    PrivacyDeskDocumentsController(RequestDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(
            path = "/api/v1/privacy-desk/requests/{requestId}/overview.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "What the index holds on the youth of an access or copy request, as PDF; logged")
    ResponseEntity<byte[]> overview(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal, @PathVariable UUID requestId) {
        return RequestDocumentPages.pdf(
                "overzicht-verwijsindex.pdf", documents.overview(PrivacyDesk.of(principal), requestId));
    }

    @GetMapping(
            path = "/api/v1/privacy-desk/requests/{requestId}/decision-letter.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The decision letter of a decided request, with how to object (bezwaar), as PDF; logged")
    ResponseEntity<byte[]> decisionLetter(
            @AuthenticationPrincipal PrivacyDeskPrincipal principal, @PathVariable UUID requestId) {
        return RequestDocumentPages.pdf(
                "besluit-verwijsindex.pdf", documents.decisionLetter(PrivacyDesk.of(principal), requestId));
    }

    /** Problem details, as every API operation answers, and not the site's error page. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e) {
        return ProblemTypes.refusal(e);
    }
}
