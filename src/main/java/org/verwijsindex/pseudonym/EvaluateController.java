// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.security.Principal;
import java.time.Instant;
import java.util.Base64;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/evaluate}: a regional index sends a blinded element for a recipient and key version, and gets the
 * evaluated element sealed to that recipient. The caller is the party of its client certificate.
 */
@RestController
class EvaluateController {

    private final Evaluations evaluations;

    EvaluateController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * @param recipient the party whose pseudonyms these are (the national index)
     * @param keyVersion the version of the recipient's OPRF key
     * @param blindedElement the blinded element, base64 of its 32-byte encoding
     */
    record EvaluateRequest(String recipient, Integer keyVersion, String blindedElement) {}

    /**
     * @param sealedEvaluation base64 of the sealed box that only the recipient can open (docs/adr/0026)
     * @param expiresAt after this moment the recipient refuses it
     */
    record EvaluateResponse(String recipient, int keyVersion, String sealedEvaluation, Instant expiresAt) {}

    @PostMapping("/v1/evaluate")
    EvaluateResponse evaluate(@RequestBody EvaluateRequest request, Principal caller) {
        if (request.recipient() == null || request.keyVersion() == null || request.blindedElement() == null) {
            throw new PseudonymProblem.InvalidRequest();
        }
        byte[] blinded;
        try {
            blinded = Base64.getDecoder().decode(request.blindedElement());
        } catch (IllegalArgumentException e) {
            throw new PseudonymProblem.InvalidElement();
        }
        Evaluations.Sealed sealed =
                evaluations.evaluate(caller.getName(), request.recipient(), request.keyVersion(), blinded);
        return new EvaluateResponse(
                request.recipient(),
                request.keyVersion(),
                Base64.getEncoder().encodeToString(sealed.sealedEvaluation()),
                sealed.expiresAt());
    }
}
