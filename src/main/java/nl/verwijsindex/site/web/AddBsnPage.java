// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.YouthMerge;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 16 item 3, R-NOBSN: when the BSN of a youth registered without one becomes known, the professional adds it
 * on the signal's page; the youths merge as through the API ({@link YouthMerge}), which checks it against the
 * register. The BSN travels in the POST body only; a message comes back next to the field.
 */
@Controller
class AddBsnPage {

    private final YouthMerge merge;

    AddBsnPage(YouthMerge merge) {
        this.merge = merge;
    }

    @PostMapping("/signalen/{id}/bsn")
    String addBsn(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestParam(required = false) String bsn,
            RedirectAttributes redirect) {
        String problem = BsnInput.problem(bsn);
        if (problem != null) {
            redirect.addFlashAttribute("bsnError", problem);
            return "redirect:/signalen/" + id + "#bsn-kop";
        }
        try {
            merge.identify(
                    account.organisation(),
                    account.professional(),
                    new SignalId(id),
                    Bsn.parse(bsn),
                    Actor.user(account.accountId().toString()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("bsnError", e.dutchMessage());
            return "redirect:/signalen/" + id + "#bsn-kop";
        }
        redirect.addFlashAttribute(
                "notice",
                "Het BSN is toegevoegd. Heeft een andere professional een signaal op deze jeugdige, dan "
                        + "krijgt u allebei een match.");
        return "redirect:/signalen/" + id;
    }
}
