// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.retention.DeletionDecision;
import nl.verwijsindex.retention.DeletionProofs;
import nl.verwijsindex.retention.RegionDeletions;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.Bsn;

/** The region coordinator's API: deletions with a decision, and the region's proofs of deletion. */
@RestController
@RequestMapping(path = "/api/v1/region", produces = MediaType.APPLICATION_JSON_VALUE)
class RegionController {

    private final RegionDeletions deletions;
    private final DeletionProofs proofs;

    RegionController(RegionDeletions deletions, DeletionProofs proofs) {
        this.deletions = deletions;
        this.proofs = proofs;
    }

    @PostMapping(path = "/signals/{signalId}/delete", consumes = MediaType.APPLICATION_JSON_VALUE)
    Deleted deleteSignal(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @PathVariable UUID signalId,
            @Valid @RequestBody DecisionRequest request) {
        deletions.deleteSignal(coordinator, new SignalId(signalId), request.decision());
        return new Deleted(1);
    }

    /** The BSN travels in the body, never in the address. */
    @PostMapping(path = "/archive/removals", consumes = MediaType.APPLICATION_JSON_VALUE)
    Deleted removeFromArchive(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @Valid @RequestBody ArchiveRemovalRequest request) {
        return new Deleted(deletions.removeFromArchive(
                coordinator,
                Bsn.parse(request.bsn()),
                new DeletionDecision(request.decisionReference(), request.reason())));
    }

    @GetMapping("/deletion-proofs")
    List<ProofResponse> proofs(@AuthenticationPrincipal RegionCoordinatorPrincipal coordinator) {
        return proofs.ofRegion(coordinator.regionCode(), 1000).stream()
                .map(p -> new ProofResponse(
                        p.deletedAt(), p.rule(), p.signalId().toString(), p.decisionReference(), p.reasonCode()))
                .toList();
    }

    record DecisionRequest(
            @NotBlank(message = "Vul het kenmerk van het besluit in.")
            String decisionReference,

            @NotNull(message = "Kies de reden van het besluit.")
            DeletionDecision.Reason reason) {

        DeletionDecision decision() {
            return new DeletionDecision(decisionReference, reason);
        }
    }

    record ArchiveRemovalRequest(
            @NotBlank(message = "Vul het BSN van de jeugdige in.") @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn,

            @NotBlank(message = "Vul het kenmerk van het besluit in.")
            String decisionReference,

            @NotNull(message = "Kies de reden van het besluit.")
            DeletionDecision.Reason reason) {

        @Override
        public String toString() {
            return "ArchiveRemovalRequest[bsn=***]";
        }
    }

    record Deleted(int deletedSignals) {}

    record ProofResponse(
            OffsetDateTime deletedAt, String rule, String signalId, String decisionReference, String reasonCode) {}
}
