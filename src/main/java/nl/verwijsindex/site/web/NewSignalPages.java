// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.ArchiveHit;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.RegistrationOutcome;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthAge;

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

    private static final Set<String> BIRTH_DATE_CODES = Set.of("youth-too-old", "birth-date-in-future");

    private final SignalRegistration registration;
    private final Covenants covenants;
    private final Clock clock;

    NewSignalPages(SignalRegistration registration, Covenants covenants, Clock clock) {
        this.registration = registration;
        this.covenants = covenants;
        this.clock = clock;
    }

    @GetMapping("/signalen/nieuw")
    String weigh(Model model) {
        model.addAttribute("errors", new FormErrors());
        return "professional/weigh";
    }

    @PostMapping("/signalen/nieuw")
    String confirmGrounds(@RequestParam(required = false) String vermoeden, HttpSession session, Model model) {
        if (!"ja".equals(vermoeden)) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "vermoeden",
                    "Vink aan dat u een redelijk vermoeden heeft. Heeft u dat niet? Geef dan geen signaal af.");
            model.addAttribute("errors", errors);
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
        return form(account, new RegisterForm(null, null, null, null, null), new FormErrors(), model);
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
        Bsn bsn = parseBsn(form.bsn(), errors);
        LocalDate birthDate = parseBirthDate(form, errors);
        Optional<String> region = blank(form.region()) ? Optional.empty() : Optional.of(form.region());
        if (regions.size() > 1 && region.isEmpty()) {
            errors.add("regio", "Kies de regio waarvoor u dit signaal afgeeft.");
        }
        if (errors.any()) {
            return form(account, form, errors, model);
        }
        RegistrationOutcome outcome;
        try {
            outcome = registration.register(new RegisterSignal(
                    account.organisation(),
                    account.professional(),
                    bsn,
                    birthDate,
                    true,
                    region,
                    Optional.empty(),
                    Actor.user(account.accountId().toString())));
        } catch (DomainException e) {
            errors.add(fieldOf(e.code()), e.dutchMessage());
            return form(account, form, errors, model);
        }
        session.removeAttribute(GROUNDS_CONFIRMED);
        redirect.addFlashAttribute(
                "registered",
                new Registered(
                        outcome.result(),
                        outcome.archiveHits().stream().map(Hit::of).toList(),
                        YouthAge.whoToInform(birthDate, LocalDate.now(clock))));
        return "redirect:/signalen/" + outcome.signal().id() + "/vastgelegd";
    }

    private String form(SignedInAccount account, RegisterForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", covenants.covenantRegionsOf(account.organisation(), LocalDate.now(clock)));
        return "professional/new-signal";
    }

    private static Bsn parseBsn(String input, FormErrors errors) {
        if (blank(input)) {
            errors.add("bsn", "Vul het BSN van de jeugdige in.");
            return null;
        }
        String digits = input.replace(" ", "").replace(".", "");
        if (!Bsn.isValid(digits)) {
            errors.add(
                    "bsn", "Dit BSN klopt niet. Een BSN heeft 9 cijfers. Kijk of u geen cijfer verkeerd heeft getypt.");
            return null;
        }
        return new Bsn(digits);
    }

    private static LocalDate parseBirthDate(RegisterForm form, FormErrors errors) {
        if (blank(form.day()) || blank(form.month()) || blank(form.year())) {
            errors.add("geboortedatum", "Vul de geboortedatum van de jeugdige in: dag, maand en jaar.");
            return null;
        }
        try {
            int year = Integer.parseInt(form.year().trim());
            if (year < 1900) {
                throw new NumberFormatException();
            }
            return LocalDate.of(
                    year,
                    Integer.parseInt(form.month().trim()),
                    Integer.parseInt(form.day().trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(
                    "geboortedatum",
                    "Deze datum bestaat niet. Vul de dag, maand en het jaar in cijfers in, bijvoorbeeld 4 5 2012.");
            return null;
        }
    }

    private static String fieldOf(String code) {
        if ("invalid-bsn".equals(code)) {
            return "bsn";
        }
        if (BIRTH_DATE_CODES.contains(code)) {
            return "geboortedatum";
        }
        if ("region-required".equals(code)) {
            return "regio";
        }
        return FormErrors.FORM;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The form as typed, kept when it comes back with errors. The page's field names are Dutch. */
    record RegisterForm(
            String bsn,
            @BindParam("dag") String day,
            @BindParam("maand") String month,
            @BindParam("jaar") String year,
            @BindParam("regio") String region) {

        @Override
        public String toString() {
            return "RegisterForm[bsn=***]";
        }
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
