// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.ProfessionalSummary;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.Informing;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalExtension;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalInforming;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalTransfer;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.Signals;

/**
 * "Mijn signalen": the professional's own signals (R-NOSEARCH: there is no other way to a youth), and on each
 * signal's page ending it (R-END), extending it (R-ACTIVE-2Y) and transferring it (R-TRANSFER), each a POST
 * form. Someone else's signal is "not found", as in the API.
 */
@Controller
class OwnSignalsPages {

    private final Signals signals;
    private final SignalEnding ending;
    private final SignalExtension extension;
    private final SignalTransfer transfer;
    private final Directory directory;

    private final PersonDetails personDetails;
    private final SignalInforming informing;
    private final YouthLabels youthLabels;

    OwnSignalsPages(
            Signals signals,
            SignalEnding ending,
            SignalExtension extension,
            SignalTransfer transfer,
            Directory directory,
            PersonDetails personDetails,
            SignalInforming informing,
            YouthLabels youthLabels) {
        this.youthLabels = youthLabels;
        this.personDetails = personDetails;
        this.informing = informing;
        this.signals = signals;
        this.ending = ending;
        this.extension = extension;
        this.transfer = transfer;
        this.directory = directory;
    }

    @GetMapping("/signalen")
    String active(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return list(account, SignalStatus.ACTIVE, model);
    }

    @GetMapping("/signalen/archief")
    String archived(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return list(account, SignalStatus.ARCHIVED, model);
    }

    @GetMapping("/signalen/{id}")
    String signal(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        return page(account, id, new FormErrors(), null, null, model);
    }

    @PostMapping("/signalen/{id}/beeindigen")
    String end(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String reden,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        EndReason reason = "RISK_GONE".equals(reden)
                ? EndReason.RISK_GONE
                : "UNJUSTIFIED".equals(reden) ? EndReason.UNJUSTIFIED : null;
        if (reason == null) {
            errors.add("reden", "Kies waarom u het signaal beëindigt.");
            return page(account, id, errors, reden, null, model);
        }
        if (reason == EndReason.UNJUSTIFIED) {
            // Issue 16 item 6: deleting cannot be undone, so it is confirmed on a page of its own first; someone
            // else's signal stays "not found" (R-NOSEARCH).
            signals.ownSignal(account.organisation(), account.professional(), new SignalId(id), actor(account));
            return "redirect:/signalen/" + id + "/beeindigen/onterecht";
        }
        try {
            Optional<SignalView> archived = ending.end(
                    account.organisation(), account.professional(), new SignalId(id), reason, actor(account));
            redirect.addFlashAttribute(
                    "notice",
                    archived.isPresent()
                            ? "Het signaal is beëindigd. Het staat nu 5 jaar in het archief."
                            : "Het signaal is beëindigd en helemaal verwijderd.");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            errors.add("reden", e.dutchMessage());
            return page(account, id, errors, reden, null, model);
        }
        return "redirect:/signalen";
    }

    @PostMapping("/signalen/{id}/verlengen")
    String extend(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            Model model,
            RedirectAttributes redirect) {
        try {
            SignalView extended =
                    extension.extend(account.organisation(), account.professional(), new SignalId(id), actor(account));
            redirect.addFlashAttribute(
                    "notice", "Het signaal is verlengd tot " + new DisplayDates().day(extended.activeUntil()) + ".");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.add("verlengen", e.dutchMessage());
            return page(account, id, errors, null, null, model);
        }
        return "redirect:/signalen/" + id;
    }

    @PostMapping("/signalen/{id}/overzetten")
    String transfer(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String collega,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Optional<ProfessionalSummary> colleague = colleagues(account).stream()
                .filter(c -> c.id().value().toString().equals(collega))
                .findFirst();
        if (colleague.isEmpty()) {
            errors.add("collega", "Kies de collega die het signaal overneemt.");
            return page(account, id, errors, null, collega, model);
        }
        try {
            transfer.transfer(
                    account.organisation(),
                    account.professional(),
                    new SignalId(id),
                    colleague.get().id(),
                    actor(account));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND && "signal-not-found".equals(e.code())) {
                throw e;
            }
            errors.add("collega", e.dutchMessage());
            return page(account, id, errors, null, collega, model);
        }
        redirect.addFlashAttribute(
                "notice", "Het signaal is overgezet naar " + colleague.get().name() + ".");
        return "redirect:/signalen";
    }

    /** R-INFORM: that the professional informed (when and how), or why and until when they postpone it. */
    @PostMapping("/signalen/{id}/informeren")
    String inform(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @ModelAttribute InformingForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Optional<Informing> recorded = form.toInforming(errors);
        if (recorded.isPresent()) {
            try {
                informing.record(
                        account.organisation(),
                        account.professional(),
                        new SignalId(id),
                        recorded.get(),
                        actor(account));
                redirect.addFlashAttribute(
                        "notice",
                        recorded.get() instanceof Informing.Informed
                                ? "Vastgelegd dat u hebt geïnformeerd."
                                : "Vastgelegd dat u het informeren uitstelt. U krijgt een herinnering op de dag dat u opnieuw kijkt.");
                return "redirect:/signalen/" + id;
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                errors.add(form.postponing() ? "opnieuwKijken" : "geinformeerdOp", e.dutchMessage());
            }
        }
        model.addAttribute("informingForm", form);
        return page(account, id, errors, null, null, model);
    }

    private String list(SignedInAccount account, SignalStatus status, Model model) {
        model.addAttribute("status", status.name());
        List<SignalView> own =
                signals.ownSignals(account.organisation(), account.professional(), Optional.of(status), actor(account));
        model.addAttribute("signals", own);
        // Issue 16 item 1: each row names its youth; ownSignals logged the look at each (R-LOGBOOK).
        model.addAttribute(
                "labels", own.stream().collect(Collectors.toMap(s -> s.id().value(), s -> youthLabels.of(account, s))));
        return "professional/signals";
    }

    /** The signal's page, with what was typed and the messages of a failed form. */
    private String page(
            SignedInAccount account,
            UUID id,
            FormErrors errors,
            String chosenReason,
            String chosenColleague,
            Model model) {
        SignalView signal =
                signals.ownSignal(account.organisation(), account.professional(), new SignalId(id), actor(account));
        model.addAttribute("signal", signal);
        model.addAttribute(
                "person",
                personDetails.of(signal, new Asker(actor(account), account.organisation(), account.professional())));
        model.addAttribute("errors", errors);
        model.addAttribute("chosenReason", chosenReason);
        model.addAttribute("chosenColleague", chosenColleague);
        model.addAttribute("colleagues", colleagues(account));
        // Issue 16 item 3, R-NOBSN: a youth registered without a BSN gets one here once it is known.
        model.addAttribute(
                "mayAddBsn",
                signal.viNumber() != null
                        && signal.status() == SignalStatus.ACTIVE
                        && directory.bsnAuthorised(account.organisation()));
        Informing recorded = informing
                .of(account.organisation(), account.professional(), signal.id())
                .map(Informing.Recorded::informing)
                .orElse(null);
        model.addAttribute("informed", recorded instanceof Informing.Informed informed ? informed : null);
        model.addAttribute("postponed", recorded instanceof Informing.Postponed postponed ? postponed : null);
        model.addAttribute("informingMethods", InformingForm.METHODS);
        model.addAttribute("informingMethodOrder", List.of("IN_PERSON", "PHONE", "LETTER", "DIGITAL"));
        model.addAttribute("informingReasons", InformingForm.REASONS);
        model.addAttribute("informingReasonOrder", List.of("YOUTH_SAFETY", "SAFETY_OF_OTHERS"));
        if (!model.containsAttribute("informingForm")) {
            model.addAttribute("informingForm", InformingForm.EMPTY);
        }
        return "professional/signal";
    }

    /** Colleagues who could take a signal over; the transfer itself checks they may (R-MELDER). */
    private List<ProfessionalSummary> colleagues(SignedInAccount account) {
        ProfessionalId self = account.professional();
        return directory.professionalsOf(account.organisation()).stream()
                .filter(p -> p.active() && !p.id().equals(self))
                .toList();
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
