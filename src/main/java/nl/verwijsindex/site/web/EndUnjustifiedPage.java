// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
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
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.MatchView;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.Signals;

/**
 * Issue 16 item 6, R-END, R-ARCHIVE-5Y: ending a signal as not justified deletes it outright, which cannot be
 * undone. Its own page says so, names the youth and how many matches and other professionals it ends, and only
 * its POST deletes.
 */
@Controller
class EndUnjustifiedPage {

    private final Signals signals;
    private final SignalEnding ending;
    private final MatchQueries matches;
    private final YouthLabels youthLabels;

    EndUnjustifiedPage(Signals signals, SignalEnding ending, MatchQueries matches, YouthLabels youthLabels) {
        this.signals = signals;
        this.ending = ending;
        this.matches = matches;
        this.youthLabels = youthLabels;
    }

    @GetMapping("/signalen/{id}/beeindigen/onterecht")
    String confirm(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        SignalView signal =
                signals.ownSignal(account.organisation(), account.professional(), new SignalId(id), actor(account));
        if (signal.status() != SignalStatus.ACTIVE) {
            return "redirect:/signalen/" + id;
        }
        List<MatchView> own = matches.matchesOf(account.organisation(), account.professional(), actor(account)).stream()
                .filter(m -> m.ownSignalId().value().equals(id))
                .toList();
        model.addAttribute("signal", signal);
        model.addAttribute("youth", youthLabels.of(account, signal));
        model.addAttribute("matchCount", own.size());
        model.addAttribute(
                "professionalCount",
                own.stream().map(m -> m.otherProfessional().id()).distinct().count());
        return "professional/end-unjustified";
    }

    @PostMapping("/signalen/{id}/beeindigen/onterecht")
    String end(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String bevestigd,
            RedirectAttributes redirect) {
        if (!"ja".equals(bevestigd)) {
            return "redirect:/signalen/" + id + "/beeindigen/onterecht";
        }
        try {
            ending.end(
                    account.organisation(),
                    account.professional(),
                    new SignalId(id),
                    EndReason.UNJUSTIFIED,
                    actor(account));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("notice", e.dutchMessage());
            return "redirect:/signalen/" + id;
        }
        redirect.addFlashAttribute("notice", "Het signaal is beëindigd en helemaal verwijderd.");
        return "redirect:/signalen";
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
