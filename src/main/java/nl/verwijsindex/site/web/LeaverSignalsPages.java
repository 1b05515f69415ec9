// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalTransfer;
import nl.verwijsindex.signal.SignalView;

/**
 * "Signalen van vertrokken collega's" (R-TRANSFER, R-COORDINATOR): the organisation's active signals of
 * professionals who left, each to transfer to a colleague or to end (R-END). The signal module decides which
 * signals those are; any other signal is "not found". Every action is in the logbook under the coordinator's
 * account, as the API's are under its client.
 */
@Controller
class LeaverSignalsPages {

    private final SignalTransfer transfer;
    private final SignalEnding ending;
    private final Directory directory;
    private final Clock clock;
    private final MatchQueries matches;

    LeaverSignalsPages(
            SignalTransfer transfer, SignalEnding ending, Directory directory, Clock clock, MatchQueries matches) {
        this.matches = matches;
        this.transfer = transfer;
        this.ending = ending;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/organisatie/vertrokken")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        return page(account, new FormErrors(), Map.of(), model);
    }

    @PostMapping("/organisatie/vertrokken/{id}/overzetten")
    String transfer(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String collega,
            Model model,
            RedirectAttributes redirect) {
        ProfessionalId leaver = transfer.leaverHolding(account.organisation(), new SignalId(id));
        FormErrors errors = new FormErrors();
        String field = "collega-" + id;
        Optional<StaffMember> colleague = colleagues(account).stream()
                .filter(c -> c.id().value().toString().equals(collega))
                .findFirst();
        if (colleague.isEmpty()) {
            errors.add(field, "Kies de collega die het signaal overneemt.");
            return page(account, errors, Map.of(field, collega == null ? "" : collega), model);
        }
        try {
            transfer.transfer(
                    account.organisation(),
                    leaver,
                    new SignalId(id),
                    colleague.get().id(),
                    actor(account));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND && "signal-not-found".equals(e.code())) {
                throw e;
            }
            errors.add(field, e.dutchMessage());
            return page(account, errors, Map.of(field, collega), model);
        }
        redirect.addFlashAttribute(
                "notice", "Het signaal is overgezet naar " + colleague.get().name() + ".");
        return "redirect:/organisatie/vertrokken";
    }

    @PostMapping("/organisatie/vertrokken/{id}/beeindigen")
    String end(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String reden,
            @RequestParam(required = false) String bevestigd,
            Model model,
            RedirectAttributes redirect) {
        ProfessionalId leaver = transfer.leaverHolding(account.organisation(), new SignalId(id));
        FormErrors errors = new FormErrors();
        String field = "reden-" + id;
        EndReason reason = reasonOf(reden);
        if (reason == null) {
            errors.add(field, "Kies waarom u het signaal beëindigt.");
            return page(account, errors, Map.of(), model);
        }
        if (!"ja".equals(bevestigd)) {
            // Issue 16 item 6: ending another's signal cannot be undone; it is confirmed on a page of its own.
            return "redirect:/organisatie/vertrokken/" + id + "/beeindigen?reden=" + reason.name();
        }
        try {
            boolean archived = ending.end(account.organisation(), leaver, new SignalId(id), reason, actor(account))
                    .isPresent();
            redirect.addFlashAttribute(
                    "notice",
                    archived
                            ? "Het signaal is beëindigd. Het staat nu 5 jaar in het archief."
                            : "Het signaal is beëindigd en helemaal verwijderd.");
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            errors.add(field, e.dutchMessage());
            return page(account, errors, Map.of(field, reden), model);
        }
        return "redirect:/organisatie/vertrokken";
    }

    /**
     * Issue 16 item 6: what ending the leaver's signal does (archive or delete), and how many other professionals'
     * matches with it end. Counting the matches is no look at a youth; the signal itself is shown as on the list.
     */
    @GetMapping("/organisatie/vertrokken/{id}/beeindigen")
    String confirmEnd(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String reden,
            Model model) {
        ProfessionalId leaver = transfer.leaverHolding(account.organisation(), new SignalId(id));
        EndReason reason = reasonOf(reden);
        if (reason == null) {
            return "redirect:/organisatie/vertrokken";
        }
        SignalView signal = transfer.activeOfLeavers(account.organisation(), actor(account)).stream()
                .filter(s -> s.id().value().equals(id))
                .findFirst()
                .orElseThrow();
        Map<MatchCaseId, List<Participant>> cases = matches.activeParticipants(matches.caseIdsOf(leaver));
        long others = cases.values().stream()
                .filter(participants ->
                        participants.stream().anyMatch(p -> p.signalId().value().equals(id)))
                .flatMap(List::stream)
                .map(Participant::professionalId)
                .filter(p -> !p.equals(leaver))
                .distinct()
                .count();
        model.addAttribute("signal", signal);
        model.addAttribute(
                "leaverName",
                directory.staffOf(account.organisation()).stream()
                        .filter(m -> m.id().equals(leaver))
                        .map(StaffMember::name)
                        .findFirst()
                        .orElse(""));
        model.addAttribute("reason", reason.name());
        model.addAttribute("otherProfessionals", others);
        return "organisation/leaver-end-confirm";
    }

    private static EndReason reasonOf(String reden) {
        return "RISK_GONE".equals(reden)
                ? EndReason.RISK_GONE
                : "UNJUSTIFIED".equals(reden) ? EndReason.UNJUSTIFIED : null;
    }

    private String page(SignedInAccount account, FormErrors errors, Map<String, String> chosen, Model model) {
        List<SignalView> signals = transfer.activeOfLeavers(account.organisation(), actor(account));
        Map<ProfessionalId, String> names = directory.staffOf(account.organisation()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::name));
        model.addAttribute("signals", signals);
        model.addAttribute("names", names);
        model.addAttribute("colleagues", colleagues(account));
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", chosen);
        return "organisation/leavers";
    }

    /** Colleagues who still work here; the transfer itself checks they may hold a signal (R-MELDER). */
    private List<StaffMember> colleagues(SignedInAccount account) {
        return OrganisationProfessionalsPages.working(directory.staffOf(account.organisation()), LocalDate.now(clock));
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
