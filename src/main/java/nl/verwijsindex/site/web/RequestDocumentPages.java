// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.rights.AccessOverviews;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestView;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.shared.DomainException;

/**
 * R-REQUEST: the privacy desk downloads a request's documents: the overview for an access or copy request, and the
 * decision letter once decided. Both logged as looks at the youth (the request's read, the overview's making).
 */
@Controller
class RequestDocumentPages {

    private final RightsRequests requests;
    private final AccessOverviews overviews;
    private final Covenants covenants;
    private final RequestDocuments documents;
    private final Clock clock;

    RequestDocumentPages(
            RightsRequests requests,
            AccessOverviews overviews,
            Covenants covenants,
            RequestDocuments documents,
            Clock clock) {
        this.requests = requests;
        this.overviews = overviews;
        this.covenants = covenants;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/privacyloket/{id}/overzicht.pdf")
    ResponseEntity<byte[]> overview(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id) {
        PrivacyDesk desk = PrivacyDesk.of(account);
        RequestView request = requests.find(desk, id);
        return pdf(
                "overzicht-verwijsindex.pdf",
                documents.pdf(
                        "letter/overview",
                        Map.of(
                                "o", overviews.of(desk, id),
                                "request", request,
                                "kind", RequestTexts.KINDS.get(request.kind().name()),
                                "municipality", municipalityName(account))));
    }

    @GetMapping("/privacyloket/{id}/besluitbrief.pdf")
    ResponseEntity<byte[]> decisionLetter(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id) {
        RequestView request = requests.find(PrivacyDesk.of(account), id);
        if (request.open()) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "request-not-decided", "Over dit verzoek is nog niet besloten.");
        }
        return pdf(
                "besluit-verwijsindex.pdf",
                documents.pdf(
                        "letter/decision",
                        Map.of(
                                "request", request,
                                "kind", RequestTexts.KINDS.get(request.kind().name()),
                                "outcome",
                                        RequestTexts.OUTCOMES.get(
                                                request.outcome().name()),
                                "today", LocalDate.now(clock),
                                "municipality", municipalityName(account))));
    }

    private String municipalityName(SignedInAccount account) {
        return covenants
                .municipality(account.municipalityCode())
                .map(Covenants.Municipality::name)
                .orElse(account.municipalityCode());
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
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
