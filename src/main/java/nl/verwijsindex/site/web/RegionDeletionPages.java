// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.retention.DeletionDecision;
import nl.verwijsindex.retention.DeletionDecision.Reason;
import nl.verwijsindex.retention.RegionDeletions;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * "Verwijderen" (R-DELETE-ONLY-REGION): the region coordinator deletes a signal by its id, or removes a youth
 * from the region's archive by BSN, each with the decision behind it and after a confirmation step. The
 * module checks the region (another region's signal is not found) and records the proof and the logbook entry.
 *
 * <p>The BSN comes only in a POST body and is never written back: not in the confirmation page, not in a
 * failed form (the field is left empty), not in an address. Between the two steps it waits in the session,
 * which the database keeps (docs/adr/0017), encrypted as the index stores every BSN (DESIGN decision 1).
 */
@Controller
class RegionDeletionPages {

    private static final String PENDING_ARCHIVE_REMOVAL =
            RegionDeletionPages.class.getName() + ".pendingArchiveRemoval";

    /** The reasons, as the decision names them. */
    static final Map<String, String> REASONS = reasons();

    private final RegionDeletions deletions;
    private final BsnProtection protection;

    RegionDeletionPages(RegionDeletions deletions, BsnProtection protection) {
        this.deletions = deletions;
        this.protection = protection;
    }

    /** The BSN only encrypted: see the class comment. */
    private record PendingArchiveRemoval(byte[] encryptedBsn, String reference, Reason reason) implements Serializable {

        DeletionDecision decision() {
            return new DeletionDecision(reference, reason);
        }
    }

    record SignalForm(String signal, String reference, String reason) {}

    record ArchiveForm(String reference, String reason) {}

    @GetMapping("/regio/verwijderen")
    String page(HttpSession session, Model model) {
        session.removeAttribute(PENDING_ARCHIVE_REMOVAL);
        return page(new SignalForm("", "", null), new ArchiveForm("", null), new FormErrors(), model);
    }

    @PostMapping("/regio/verwijderen/signaal")
    String confirmSignal(
            @RequestParam(name = "signaal", required = false) String signal,
            @RequestParam(name = "kenmerk", required = false) String reference,
            @RequestParam(name = "reden", required = false) String reason,
            Model model) {
        SignalForm form = new SignalForm(strip(signal), strip(reference), reason);
        FormErrors errors = new FormErrors();
        Optional<UUID> id = signalId(form.signal());
        if (id.isEmpty()) {
            errors.add(
                    "signaal",
                    "Vul het signaalnummer in zoals u het kreeg: 32 cijfers en letters a tot en met f, met streepjes.");
        }
        Optional<DeletionDecision> decision = decision(form.reference(), form.reason(), "", errors);
        if (errors.any()) {
            return page(form, new ArchiveForm("", null), errors, model);
        }
        model.addAttribute("signalId", id.get());
        model.addAttribute("decision", decision.get());
        model.addAttribute("reasons", REASONS);
        return "region/delete-signal-confirm";
    }

    @PostMapping("/regio/verwijderen/signaal/bevestigen")
    String deleteSignal(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(name = "signaal", required = false) String signal,
            @RequestParam(name = "kenmerk", required = false) String reference,
            @RequestParam(name = "reden", required = false) String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        SignalForm form = new SignalForm(strip(signal), strip(reference), reason);
        FormErrors errors = new FormErrors();
        Optional<UUID> id = signalId(form.signal());
        if (id.isEmpty()) {
            errors.add("signaal", "Vul het signaalnummer in zoals u het kreeg.");
        }
        Optional<DeletionDecision> decision = decision(form.reference(), form.reason(), "", errors);
        if (!errors.any()) {
            try {
                deletions.deleteSignal(
                        RegionCoordinatorAccount.principal(account), new SignalId(id.get()), decision.get());
                redirect.addFlashAttribute("notice", "Het signaal is verwijderd. Het bewijs staat hieronder.");
                return "redirect:/regio/bewijzen";
            } catch (DomainException e) {
                errors.add("signaal", e.dutchMessage());
                response.setStatus(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 422);
            }
        }
        return page(form, new ArchiveForm("", null), errors, model);
    }

    @PostMapping("/regio/verwijderen/archief")
    String confirmArchive(
            @RequestParam(required = false) String bsn,
            @RequestParam(name = "archief-kenmerk", required = false) String reference,
            @RequestParam(name = "archief-reden", required = false) String reason,
            HttpSession session,
            Model model) {
        ArchiveForm form = new ArchiveForm(strip(reference), reason);
        FormErrors errors = new FormErrors();
        Bsn parsed = null;
        try {
            parsed = Bsn.parse(bsn);
        } catch (DomainException e) {
            errors.add("bsn", e.dutchMessage());
        }
        Optional<DeletionDecision> decision = decision(form.reference(), form.reason(), "archief-", errors);
        if (errors.any()) {
            errors.add("bsn", "Vul het BSN opnieuw in. Om het te beschermen tonen we het niet nog eens.");
            return page(new SignalForm("", "", null), form, errors, model);
        }
        session.setAttribute(
                PENDING_ARCHIVE_REMOVAL,
                new PendingArchiveRemoval(
                        protection.encrypt(parsed),
                        decision.get().reference(),
                        decision.get().reason()));
        model.addAttribute("decision", decision.get());
        model.addAttribute("reasons", REASONS);
        return "region/delete-archive-confirm";
    }

    @PostMapping("/regio/verwijderen/archief/bevestigen")
    String removeFromArchive(
            @AuthenticationPrincipal SignedInAccount account,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!(session.getAttribute(PENDING_ARCHIVE_REMOVAL) instanceof PendingArchiveRemoval pending)) {
            FormErrors errors = new FormErrors();
            errors.add("bsn", "Vul het BSN en het besluit opnieuw in: de vorige stap is verlopen.");
            return page(new SignalForm("", "", null), new ArchiveForm("", null), errors, model);
        }
        session.removeAttribute(PENDING_ARCHIVE_REMOVAL);
        try {
            int removed = deletions.removeFromArchive(
                    RegionCoordinatorAccount.principal(account),
                    protection.decrypt(pending.encryptedBsn()),
                    pending.decision());
            redirect.addFlashAttribute(
                    "notice",
                    removed == 1
                            ? "1 signaal is uit het archief verwijderd. Het bewijs staat hieronder."
                            : removed + " signalen zijn uit het archief verwijderd. De bewijzen staan hieronder.");
            return "redirect:/regio/bewijzen";
        } catch (DomainException e) {
            FormErrors errors = new FormErrors();
            errors.add("bsn", e.dutchMessage());
            response.setStatus(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 422);
            return page(
                    new SignalForm("", "", null),
                    new ArchiveForm(
                            pending.decision().reference(),
                            pending.decision().reason().name()),
                    errors,
                    model);
        }
    }

    private String page(SignalForm signal, ArchiveForm archive, FormErrors errors, Model model) {
        model.addAttribute("signalForm", signal);
        model.addAttribute("archiveForm", archive);
        model.addAttribute("reasons", REASONS);
        model.addAttribute("errors", errors);
        return "region/delete";
    }

    /** The decision, built by the retention module so its rules hold; its messages go to the fields. */
    private static Optional<DeletionDecision> decision(
            String reference, String reason, String prefix, FormErrors errors) {
        Reason chosen = REASONS.containsKey(reason) ? Reason.valueOf(reason) : null;
        try {
            return Optional.of(new DeletionDecision(reference, chosen));
        } catch (DomainException e) {
            errors.add(
                    "decision-reason-required".equals(e.code()) ? prefix + "reden" : prefix + "kenmerk",
                    e.dutchMessage());
            if (chosen == null && !"decision-reason-required".equals(e.code())) {
                errors.add(prefix + "reden", "Kies de reden van het besluit.");
            }
            return Optional.empty();
        }
    }

    private static Optional<UUID> signalId(String value) {
        try {
            return value == null || value.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put(Reason.OBJECTION_GRANTED.name(), "Bezwaar of verzet toegewezen");
        reasons.put(Reason.CORRECTION_GRANTED.name(), "Verzoek om correctie toegewezen");
        reasons.put(Reason.WRONGLY_REGISTERED.name(), "Signaal ten onrechte afgegeven");
        return reasons;
    }
}
