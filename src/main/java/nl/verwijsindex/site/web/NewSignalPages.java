// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.ArchiveHit;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.RegisterVerification;
import nl.verwijsindex.signal.RegisterVerification.Confirmation;
import nl.verwijsindex.signal.RegistrationOutcome;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * "Nieuw signaal": first weighing whether to signal (R-GROUNDS: the grounds as help, only the confirmation is
 * kept, and only until the signal is registered) and whom to inform (R-INFORM), then the form, whose BSN
 * travels in the POST body only. The result is shown once after a redirect (R-ARCHIVE-HIT: the archive hit
 * appears on that page and nowhere else).
 */
@Controller
class NewSignalPages {

    /** Session flag: this professional confirmed the grounds for the signal they are about to register. */
    private static final String GROUNDS_CONFIRMED = NewSignalPages.class.getName() + ".groundsConfirmed";

    private final SignalRegistration registration;
    private final Covenants covenants;
    private final Clock clock;
    private final Directory directory;
    private final RegisterVerification verification;
    private final Youths youths;
    private final RegistrationGuidance guidance;

    NewSignalPages(
            SignalRegistration registration,
            Covenants covenants,
            Clock clock,
            Directory directory,
            RegisterVerification verification,
            Youths youths,
            RegistrationGuidance guidance) {
        this.registration = registration;
        this.covenants = covenants;
        this.clock = clock;
        this.directory = directory;
        this.verification = verification;
        this.youths = youths;
        this.guidance = guidance;
    }

    @GetMapping("/signalen/nieuw")
    String weigh(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("guidance", guidance.forOrganisation(account.organisation()));
        return "professional/weigh";
    }

    @PostMapping("/signalen/nieuw")
    String confirmGrounds(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String vermoeden,
            HttpSession session,
            Model model) {
        if (!"ja".equals(vermoeden)) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "vermoeden",
                    "Vink aan dat u een redelijk vermoeden heeft. Heeft u dat niet? Geef dan geen signaal af.");
            model.addAttribute("errors", errors);
            model.addAttribute("guidance", guidance.forOrganisation(account.organisation()));
            return "professional/weigh";
        }
        session.setAttribute(GROUNDS_CONFIRMED, Boolean.TRUE);
        return "redirect:/signalen/nieuw/gegevens";
    }

    @GetMapping("/signalen/nieuw/gegevens")
    String form(@AuthenticationPrincipal SignedInAccount account, HttpSession session, Model model) {
        if (session.getAttribute(GROUNDS_CONFIRMED) == null) {
            return "redirect:/signalen/nieuw";
        }
        return form(account, RegisterForm.EMPTY, new FormErrors(), model);
    }

    @PostMapping("/signalen/nieuw/gegevens")
    String register(
            @AuthenticationPrincipal SignedInAccount account,
            @ModelAttribute RegisterForm form,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (session.getAttribute(GROUNDS_CONFIRMED) == null) {
            return "redirect:/signalen/nieuw";
        }
        List<RegionSummary> regions = covenants.covenantRegionsOf(account.organisation(), LocalDate.now(clock));
        FormErrors errors = new FormErrors();
        boolean bsnAuthorised = directory.bsnAuthorised(account.organisation());
        LocalDate birthDate = form.birthDate(errors);
        YouthReference youth = form.youth(bsnAuthorised, birthDate, errors);
        Optional<String> region = RegisterForm.blank(form.region()) ? Optional.empty() : Optional.of(form.region());
        if (regions.size() > 1 && region.isEmpty()) {
            errors.add("regio", "Kies de regio waarvoor u dit signaal afgeeft.");
        }
        if (errors.any()) {
            return form(account, form, errors, model);
        }
        Actor actor = Actor.user(account.accountId().toString());
        RegistrationOutcome outcome;
        try {
            if (youth instanceof YouthReference.ByBsn byBsn && !form.isConfirmed()) {
                // Issue 16 item 2: "Is dit de jeugdige?" with the register's name and birth date, before saving.
                Optional<Confirmation> confirmation = verification.confirmation(
                        byBsn.bsn(), birthDate, new Asker(actor, account.organisation(), account.professional()));
                if (confirmation.isPresent()) {
                    model.addAttribute("form", form);
                    model.addAttribute("confirmation", confirmation.get());
                    return "professional/confirm-youth";
                }
            }
            outcome = registration.register(new RegisterSignal(
                    account.organisation(),
                    account.professional(),
                    youth,
                    birthDate,
                    true,
                    region,
                    Optional.empty(),
                    actor));
        } catch (DomainException e) {
            errors.add(RegisterForm.fieldOf(e.code()), e.dutchMessage());
            return form(account, form, errors, model);
        }
        session.removeAttribute(GROUNDS_CONFIRMED);
        // R-INFORM: the advice follows the birth date the index keeps, the register's once it is known.
        LocalDate kept = youths.find(outcome.signal().youthId())
                .map(IdentifiedYouth::birthDate)
                .orElse(birthDate);
        redirect.addFlashAttribute(
                "registered",
                new Registered(
                        outcome.result(),
                        outcome.archiveHits().stream().map(Hit::of).toList(),
                        YouthAge.whoToInform(kept, LocalDate.now(clock))));
        return "redirect:/signalen/" + outcome.signal().id() + "/vastgelegd";
    }

    private String form(SignedInAccount account, RegisterForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", covenants.covenantRegionsOf(account.organisation(), LocalDate.now(clock)));
        model.addAttribute("bsnAuthorised", directory.bsnAuthorised(account.organisation()));
        return "professional/new-signal";
    }

    /**
     * What the result page shows, once. It travels to that page in the session, which the database keeps
     * (docs/adr/0017): plain values only, of the other professional, never of the youth.
     */
    record Registered(RegistrationOutcome.Result result, List<Hit> archiveHits, YouthAge.WhoToInform inform)
            implements Serializable {}

    /** R-ARCHIVE-HIT: the professional of an archived signal on the same youth, and when it ran. */
    record Hit(Contact professional, OffsetDateTime registeredAt, OffsetDateTime endedAt) implements Serializable {

        static Hit of(ArchiveHit hit) {
            var p = hit.professional();
            return new Hit(
                    new Contact(p.name(), p.organisationName(), p.email(), p.phone()),
                    hit.registeredAt(),
                    hit.endedAt());
        }
    }

    record Contact(String name, String organisationName, String email, String phone) implements Serializable {}
}
