// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.CovenantMember;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.Signals;

/**
 * "Organisaties": the organisations party to the region's covenant (R-MELDER: only they may signal in the
 * region), and letting one join or leave on a date. Any organisation in the directory may join; only the
 * region's own members can be made to leave, another region's are "not found".
 */
@Controller
class RegionOrganisationsPages {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final DirectoryAdministration directory;
    private final Covenants covenants;
    private final CovenantAdministration covenantAdministration;
    private final Clock clock;
    private final Directory professionals;
    private final Signals signals;

    RegionOrganisationsPages(
            Signals signals,
            DirectoryAdministration directory,
            Covenants covenants,
            CovenantAdministration covenantAdministration,
            Clock clock,
            Directory professionals) {
        this.signals = signals;
        this.professionals = professionals;
        this.directory = directory;
        this.covenants = covenants;
        this.covenantAdministration = covenantAdministration;
        this.clock = clock;
    }

    @GetMapping("/regio/organisaties")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return page(account, new FormErrors(), null, today().toString(), model);
    }

    @PostMapping("/regio/organisaties")
    String join(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) String organisatie,
            @RequestParam(required = false) String datum,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        FormErrors errors = new FormErrors();
        Optional<OrganisationId> chosen = organisationId(organisatie)
                .filter(id -> directory.organisations().stream().anyMatch(o -> o.id().equals(id)));
        if (chosen.isEmpty()) {
            errors.add("organisatie", "Kies de organisatie die meedoet aan het convenant.");
        }
        Optional<LocalDate> on = date(datum);
        if (on.isEmpty()) {
            errors.add("datum", "Vul een geldige datum in.");
        }
        if (errors.any()) {
            return page(account, errors, organisatie, datum, model);
        }
        try {
            covenantAdministration.joinCovenant(chosen.get(), region, on.get());
        } catch (DomainException e) {
            errors.add("organisatie", e.dutchMessage());
            return page(account, errors, organisatie, datum, model);
        }
        redirect.addFlashAttribute(
                "notice",
                name(region, chosen.get()) + " doet mee aan het convenant vanaf " + new DisplayDates().day(on.get())
                        + ".");
        return "redirect:/regio/organisaties";
    }

    @GetMapping("/regio/organisaties/{id}/stoppen")
    String leaveForm(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        return leavePage(account, id, new FormErrors(), today().toString(), model);
    }

    @PostMapping("/regio/organisaties/{id}/stoppen")
    String leave(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String datum,
            Model model,
            RedirectAttributes redirect) {
        String region = RegionCoordinatorAccount.region(account);
        CovenantMember member = activeMember(region, id);
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = date(datum);
        if (on.isEmpty()) {
            errors.add("datum", "Vul een geldige datum in.");
            return leavePage(account, id, errors, datum, model);
        }
        try {
            covenantAdministration.leaveCovenant(member.id(), region, on.get());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            errors.add("datum", e.dutchMessage());
            return leavePage(account, id, errors, datum, model);
        }
        redirect.addFlashAttribute(
                "notice",
                member.name() + " doet niet meer mee aan het convenant vanaf " + new DisplayDates().day(on.get())
                        + ".");
        return "redirect:/regio/organisaties";
    }

    private String page(SignedInAccount account, FormErrors errors, String chosen, String date, Model model) {
        String region = RegionCoordinatorAccount.region(account);
        List<CovenantMember> members = covenants.covenantMembers(region);
        LocalDate today = today();
        model.addAttribute("members", members);
        model.addAttribute("today", today);
        model.addAttribute(
                "candidates",
                directory.organisations().stream()
                        .filter(o -> members.stream().noneMatch(m -> m.id().equals(o.id()) && isActive(m, today)))
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", chosen);
        model.addAttribute("date", date);
        return "region/organisations";
    }

    private String leavePage(SignedInAccount account, UUID id, FormErrors errors, String date, Model model) {
        CovenantMember member = activeMember(RegionCoordinatorAccount.region(account), id);
        model.addAttribute("member", member);
        // Issue 16 item 6: the page says whom stopping concerns.
        model.addAttribute(
                "professionalCount",
                professionals.professionalsOf(member.id()).stream()
                        .filter(Directory.ProfessionalSummary::active)
                        .count());
        model.addAttribute(
                "signalCount",
                signals.activeOfOrganisationInRegion(member.id(), RegionCoordinatorAccount.region(account)));
        model.addAttribute("errors", errors);
        model.addAttribute("date", date);
        return "region/organisation-leave";
    }

    /** Only an organisation that is a party now can be made to leave; anything else is not the region's. */
    private CovenantMember activeMember(String region, UUID id) {
        return covenants.covenantMembers(region).stream()
                .filter(m -> m.id().value().equals(id) && m.leftOn() == null)
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.NOT_FOUND,
                        "not-in-covenant",
                        "Deze organisatie doet niet mee aan het convenant van uw regio."));
    }

    /** Party on the day: joined by then and not yet left. */
    static boolean isActive(CovenantMember member, LocalDate day) {
        return !member.joinedOn().isAfter(day)
                && (member.leftOn() == null || member.leftOn().isAfter(day));
    }

    private String name(String region, OrganisationId id) {
        return covenants.covenantMembers(region).stream()
                .filter(m -> m.id().equals(id))
                .map(CovenantMember::name)
                .findFirst()
                .orElse("De organisatie");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DUTCH_TIME));
    }

    private static Optional<OrganisationId> organisationId(String value) {
        try {
            return value == null || value.isBlank()
                    ? Optional.empty()
                    : Optional.of(new OrganisationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The date field (type=date sends yyyy-mm-dd); people who type it get the same format as the example. */
    private static Optional<LocalDate> date(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
