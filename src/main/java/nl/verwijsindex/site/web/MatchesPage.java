package nl.verwijsindex.site.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.verwijsindex.account.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchQueries;

/**
 * "Mijn matches": for each match of the professional's own active signals, the other professional's contact
 * details and their organisation's coordinator (R-NOTICE, R-VISIBLE); never anything about the youth.
 */
@Controller
class MatchesPage {

    private final MatchQueries matches;

    MatchesPage(MatchQueries matches) {
        this.matches = matches;
    }

    @GetMapping("/matches")
    String matches(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("matches", matches.matchesOf(account.organisation(), account.professional(),
                Actor.user(account.accountId().toString())));
        return "professional/matches";
    }
}
