// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.SupervisorWorkList;
import nl.verwijsindex.coordination.SupervisorWorkList.WorkItem;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.national.CrossRegionMatches;

/**
 * The municipal supervisor's work list (R-SUPERVISE, R-VISIBLE): the overdue and escalated match cases of the
 * account's own municipality, with the director to call and nothing about the youth; a page per case and
 * "opgevolgd" recorded with the account as who did it (ADR 0014). The municipality comes from the session, never
 * from the address: a case of another municipality is "not found".
 */
@Controller
class SupervisorWorkListPages {

    private final SupervisorWorkList workList;
    private final CrossRegionMatches crossRegion;

    SupervisorWorkListPages(SupervisorWorkList workList, CrossRegionMatches crossRegion) {
        this.workList = workList;
        this.crossRegion = crossRegion;
    }

    @GetMapping("/regie/werklijst")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        List<WorkItem> items = workList.of(account.municipalityCode(), actor(account));
        // Issue 16 item 8: what still needs a call first, the latest at the top; what was followed up below.
        Comparator<WorkItem> lateness =
                Comparator.comparingInt(WorkItem::workingDaysLate).reversed().thenComparingLong(WorkItem::reference);
        model.addAttribute(
                "toFollowUp",
                items.stream().filter(i -> !followedUp(i)).sorted(lateness).toList());
        model.addAttribute(
                "followedUp",
                items.stream()
                        .filter(SupervisorWorkListPages::followedUp)
                        .sorted(lateness)
                        .toList());
        // R-MOVE across regions (R-NATIONAL): who to call about a youth who moved in from another region.
        model.addAttribute("movedIn", crossRegion.movedInto(account.municipalityCode()));
        return "supervisor/work-list";
    }

    /** Issue 16: a match on the work list by its stable number, as its card links to it ({@code M-12}). */
    @GetMapping("/regie/werklijst/M-{number}")
    String item(@AuthenticationPrincipal SignedInAccount account, @PathVariable long number, Model model) {
        MatchCaseId matchCase = workList.caseOfReference(number);
        model.addAttribute("item", workList.item(account.municipalityCode(), matchCase, actor(account)));
        return "supervisor/work-item";
    }

    /** An address of before the stable numbers, with the case's id: to the same page by its number. */
    @GetMapping("/regie/werklijst/{caseId}")
    String byCaseId(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID caseId) {
        return "redirect:/regie/werklijst/M-"
                + workList.item(account.municipalityCode(), new MatchCaseId(caseId), actor(account))
                        .reference();
    }

    @PostMapping("/regie/werklijst/M-{number}/opgevolgd")
    String followUp(
            @AuthenticationPrincipal SignedInAccount account, @PathVariable long number, RedirectAttributes redirect) {
        workList.followUp(account.municipalityCode(), workList.caseOfReference(number), actor(account));
        redirect.addFlashAttribute("notice", "Vastgelegd: u heeft deze match opgevolgd.");
        return "redirect:/regie/werklijst";
    }

    /** Followed up since it was last reported to the supervisor (or at all, when it never was). */
    static boolean followedUp(WorkItem item) {
        return item.followedUpAt() != null
                && (item.escalatedAt() == null || item.followedUpAt().isAfter(item.escalatedAt()));
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
