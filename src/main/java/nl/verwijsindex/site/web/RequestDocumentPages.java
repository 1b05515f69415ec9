// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.rights.PrivacyDesk;

/**
 * R-REQUEST: the privacy desk downloads a request's documents: the overview for an access or copy request, and the
 * decision letter once decided ({@link RequestDocuments}).
 */
@Controller
class RequestDocumentPages {

    private final RequestDocuments documents;

    RequestDocumentPages(RequestDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/privacyloket/{id}/overzicht.pdf")
    ResponseEntity<byte[]> overview(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id) {
        return pdf("overzicht-verwijsindex.pdf", documents.overview(PrivacyDesk.of(account), id));
    }

    @GetMapping("/privacyloket/{id}/besluitbrief.pdf")
    ResponseEntity<byte[]> decisionLetter(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id) {
        return pdf("besluit-verwijsindex.pdf", documents.decisionLetter(PrivacyDesk.of(account), id));
    }

    /** A PDF as a download that is never cached; for the pages and the API alike. */
    static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
