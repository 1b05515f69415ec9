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

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.MatchView;

/**
 * The page right after registering, shown once (a reload goes to the signal itself): which youth it is (issue 16
 * item 1) and, when there is a match, the other professionals' contact cards right there (issue 16 item 5,
 * R-NOTICE: contact details only, R-VISIBLE).
 */
@Controller
class RegisteredPage {

    private final MatchQueries matches;
    private final YouthLabels youthLabels;

    RegisteredPage(MatchQueries matches, YouthLabels youthLabels) {
        this.matches = matches;
        this.youthLabels = youthLabels;
    }

    @GetMapping("/signalen/{id}/vastgelegd")
    String registered(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("registered")) {
            return "redirect:/signalen/" + id;
        }
        List<MatchView> own = matches
                .matchesOf(
                        account.organisation(),
                        account.professional(),
                        Actor.user(account.accountId().toString()))
                .stream()
                .filter(m -> m.ownSignalId().value().equals(id))
                .toList();
        model.addAttribute("signalId", id);
        model.addAttribute("youth", youthLabels.of(account, List.of(id)).get(id));
        model.addAttribute("matchCount", own.size());
        model.addAttribute("pairs", own);
        return "professional/registered";
    }
}
