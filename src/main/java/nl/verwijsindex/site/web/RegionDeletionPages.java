// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import nl.verwijsindex.retention.RegionDeletions.RegionSignal;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * "Verwijderen" (R-DELETE-ONLY-REGION, issue 16 item 7): the region coordinator searches the youth by BSN, chooses
 * one of the youth's signals in the region (by organisation and date, never by an id) or all of them in the
 * archive, gives the decision behind it, checks what will happen on a page of its own and confirms. The module
 * checks the region and records the proof and the logbook entries, the search included.
 *
 * <p>The BSN comes only in a POST body and is never written back: not in a page, not in a failed form (the field
 * is left empty), not in an address. Between the steps it waits in the session, which the database keeps
 * (docs/adr/0017), encrypted as the index stores every BSN (DESIGN decision 1); so do the signals found, which
 * the pages name by their position in the list.
 */
@Controller
class RegionDeletionPages {

    private static final String PENDING = RegionDeletionPages.class.getName() + ".pending";

    /** The choice that removes the youth from the region's archive: all their archived signals there. */
    static final String WHOLE_ARCHIVE = "archief";

    /** The reasons, as the decision names them. */
    static final Map<String, String> REASONS = reasons();

    private final RegionDeletions deletions;
    private final BsnProtection protection;
    private final DisplayDates dates;

    RegionDeletionPages(RegionDeletions deletions, BsnProtection protection, DisplayDates dates) {
        this.deletions = deletions;
        this.protection = protection;
        this.dates = dates;
    }

    /** A signal found, as the choice shows it. */
    record Found(UUID signalId, String label, boolean archived) implements Serializable {}

    /**
     * The search and, once checked, the choice and the decision; the BSN only encrypted (see the class comment).
     */
    private record Pending(byte[] encryptedBsn, List<Found> found, String choice, String reference, Reason reason)
            implements Serializable {

        Pending checked(String chosen, DeletionDecision decision) {
            return new Pending(encryptedBsn, found, chosen, decision.reference(), decision.reason());
        }

        long archived() {
            return found.stream().filter(Found::archived).count();
        }
    }

    record ChoiceForm(String choice, String reference, String reason) {}

    @GetMapping("/regio/verwijderen")
    String page(HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        return search(new FormErrors(), model);
    }

    @PostMapping("/regio/verwijderen/zoeken")
    String find(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String bsn,
            HttpSession session,
            Model model) {
        session.removeAttribute(PENDING);
        FormErrors errors = new FormErrors();
        // The same wording for an empty, short, long or failing BSN as on every other form (issue 16 item 14).
        Bsn parsed = BsnInput.read(bsn, "bsn", errors);
        if (parsed == null) {
            return search(errors, model);
        }
        List<RegionSignal> signals = deletions.signalsOfYouth(RegionCoordinatorAccount.principal(account), parsed);
        if (signals.isEmpty()) {
            errors.add("bsn", "Van deze jeugdige staat geen signaal in uw regio, actief of in het archief.");
            return search(errors, model);
        }
        List<Found> found = new ArrayList<>();
        for (RegionSignal s : signals) {
            found.add(new Found(
                    s.signalId().value(),
                    s.organisationName() + ", gemeld op " + dates.day(s.registeredAt())
                            + (s.archived() ? ", in het archief" : ", actief"),
                    s.archived()));
        }
        Pending pending = new Pending(protection.encrypt(parsed), List.copyOf(found), null, null, null);
        session.setAttribute(PENDING, pending);
        return choose(pending, new ChoiceForm(null, "", null), new FormErrors(), model);
    }

    @PostMapping("/regio/verwijderen/controleren")
    String check(
            @RequestParam(name = "keuze", required = false) String choice,
            @RequestParam(name = "kenmerk", required = false) String reference,
            @RequestParam(name = "reden", required = false) String reason,
            HttpSession session,
            Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return expired(model);
        }
        ChoiceForm form = new ChoiceForm(choice, strip(reference), reason);
        FormErrors errors = new FormErrors();
        if (!choices(pending).containsKey(choice == null ? "" : choice)) {
            errors.add("keuze", "Kies wat u wilt verwijderen.");
        }
        Optional<DeletionDecision> decision = decision(form.reference(), form.reason(), errors);
        if (errors.any()) {
            return choose(pending, form, errors, model);
        }
        Pending checked = pending.checked(choice, decision.get());
        session.setAttribute(PENDING, checked);
        model.addAttribute("whole", WHOLE_ARCHIVE.equals(choice));
        model.addAttribute("chosen", WHOLE_ARCHIVE.equals(choice) ? null : chosen(checked));
        model.addAttribute("archived", checked.archived());
        model.addAttribute("decision", decision.get());
        model.addAttribute("reasons", REASONS);
        return "region/delete-confirm";
    }

    @PostMapping("/regio/verwijderen/bevestigen")
    String delete(
            @AuthenticationPrincipal SignedInAccount account,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending) || pending.choice() == null) {
            return expired(model);
        }
        session.removeAttribute(PENDING);
        DeletionDecision decision = new DeletionDecision(pending.reference(), pending.reason());
        try {
            if (WHOLE_ARCHIVE.equals(pending.choice())) {
                int removed = deletions.removeFromArchive(
                        RegionCoordinatorAccount.principal(account),
                        protection.decrypt(pending.encryptedBsn()),
                        decision);
                redirect.addFlashAttribute(
                        "notice",
                        removed == 1
                                ? "1 signaal is uit het archief verwijderd. Het bewijs staat hieronder."
                                : removed + " signalen zijn uit het archief verwijderd. De bewijzen staan hieronder.");
            } else {
                deletions.deleteSignal(
                        RegionCoordinatorAccount.principal(account),
                        new SignalId(chosen(pending).signalId()),
                        decision);
                redirect.addFlashAttribute("notice", "Het signaal is verwijderd. Het bewijs staat hieronder.");
            }
            return "redirect:/regio/bewijzen";
        } catch (DomainException e) {
            FormErrors errors = new FormErrors();
            errors.add("bsn", e.dutchMessage() + " Zoek de jeugdige opnieuw.");
            response.setStatus(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 422);
            return search(errors, model);
        }
    }

    private String search(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        return "region/delete";
    }

    private String choose(Pending pending, ChoiceForm form, FormErrors errors, Model model) {
        model.addAttribute("choices", choices(pending));
        model.addAttribute("form", form);
        model.addAttribute("reasons", REASONS);
        model.addAttribute("errors", errors);
        return "region/delete-choose";
    }

    private String expired(Model model) {
        FormErrors errors = new FormErrors();
        errors.add("bsn", "Zoek de jeugdige opnieuw: de vorige stap is verlopen.");
        return search(errors, model);
    }

    /** Position in the list ("1", "2", ...) to what it says; all of the archive when there is more than one there. */
    private static Map<String, String> choices(Pending pending) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < pending.found().size(); i++) {
            choices.put(String.valueOf(i + 1), pending.found().get(i).label());
        }
        if (pending.archived() > 1) {
            choices.put(WHOLE_ARCHIVE, "Alle " + pending.archived() + " signalen van deze jeugdige in het archief");
        }
        return choices;
    }

    private static Found chosen(Pending pending) {
        return pending.found().get(Integer.parseInt(pending.choice()) - 1);
    }

    /** The decision, built by the retention module so its rules hold; its messages go to the fields. */
    private static Optional<DeletionDecision> decision(String reference, String reason, FormErrors errors) {
        Reason chosen = REASONS.containsKey(reason) ? Reason.valueOf(reason) : null;
        try {
            return Optional.of(new DeletionDecision(reference, chosen));
        } catch (DomainException e) {
            errors.add("decision-reason-required".equals(e.code()) ? "reden" : "kenmerk", e.dutchMessage());
            if (chosen == null && !"decision-reason-required".equals(e.code())) {
                errors.add("reden", "Kies de reden van het besluit.");
            }
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
