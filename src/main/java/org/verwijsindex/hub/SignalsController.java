// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.SealedPseudonym;
import org.verwijsindex.national.protocol.SignalMessage;

/**
 * {@code PUT /v1/signals/{signalRef}} and {@code POST /v1/signals/{signalRef}/forget} (docs/adr/0033). The region is
 * the CN of the client certificate. Logs per call the region, the signal reference, the key version and the outcome,
 * never a pseudonym, an element or a blind.
 */
@RestController
class SignalsController {

    private static final Logger log = LoggerFactory.getLogger(SignalsController.class);

    private final SealedPseudonyms pseudonyms;
    private final SignalIntake intake;
    private final Forgetting forgetting;

    SignalsController(SealedPseudonyms pseudonyms, SignalIntake intake, Forgetting forgetting) {
        this.pseudonyms = pseudonyms;
        this.intake = intake;
        this.forgetting = forgetting;
    }

    /** @param outcome {@code applied}, {@code replayed}, {@code out-of-order} or {@code forgotten}: all acknowledged */
    record Acknowledgement(String outcome) {}

    @PutMapping(path = "/v1/signals/{signalRef}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Acknowledgement report(@PathVariable String signalRef, @RequestBody SignalMessage message, Principal region) {
        int keyVersion = message == null ? 0 : message.keyVersion();
        try {
            MessageCheck.signalRef(signalRef);
            MessageCheck.signal(message);
            List<SealedPseudonym> parents = message.parents() == null ? List.of() : message.parents();
            HubSignal signal = new HubSignal(
                    region.getName(),
                    signalRef,
                    message.state(),
                    keyVersion,
                    pseudonyms.open(message.youth(), keyVersion),
                    parents.stream().map(p -> pseudonyms.open(p, keyVersion)).toList(),
                    message.municipalityCode(),
                    message.registeredOn(),
                    message.activeUntil(),
                    message.archiveUntil(),
                    message.professional().inRegion(region.getName()),
                    message.sequence());
            String outcome = intake.apply(signal, message).name().toLowerCase().replace('_', '-');
            log.info(
                    "signal: region={} signalRef={} keyVersion={} outcome={}",
                    region.getName(),
                    signalRef,
                    keyVersion,
                    outcome);
            return new Acknowledgement(outcome);
        } catch (HubProblem.Refused e) {
            log.info(
                    "signal refused: region={} signalRef={} keyVersion={} outcome={}",
                    region.getName(),
                    safeRef(signalRef),
                    keyVersion,
                    e.problem().code());
            throw e;
        }
    }

    @PostMapping(path = "/v1/signals/{signalRef}/forget", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> forget(@PathVariable String signalRef, @RequestBody ForgetMessage message, Principal region) {
        try {
            MessageCheck.signalRef(signalRef);
            MessageCheck.forget(message);
        } catch (HubProblem.Refused e) {
            log.info(
                    "forget refused: region={} signalRef={} outcome={}",
                    region.getName(),
                    safeRef(signalRef),
                    e.problem().code());
            throw e;
        }
        Optional<ProofStore.Proof> forgotten = forgetting.forget(region.getName(), signalRef, message);
        if (forgotten.isEmpty()) {
            log.info("forget: region={} signalRef={} outcome=stale", region.getName(), signalRef);
            return Map.of("signalRef", signalRef, "outcome", "stale");
        }
        ProofStore.Proof proof = forgotten.get();
        log.info(
                "forget: region={} signalRef={} rule={} outcome=forgotten",
                region.getName(),
                signalRef,
                proof.ruleId());
        return Map.of(
                "signalRef", proof.signalRef(),
                "ruleId", proof.ruleId(),
                "forgottenAt", proof.forgottenAt().toString(),
                "outcome", "forgotten");
    }

    /** A reference that failed its check is logged as such, not echoed: it could be anything a caller put there. */
    private static String safeRef(String signalRef) {
        try {
            return MessageCheck.signalRef(signalRef);
        } catch (HubProblem.Refused e) {
            return "(invalid)";
        }
    }
}
