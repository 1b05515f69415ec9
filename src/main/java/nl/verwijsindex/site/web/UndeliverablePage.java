// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.UndeliverableNotices;

/**
 * "Onbestelbare berichten" (R-COORDINATOR): e-mails to the organisation's professionals that could not be
 * delivered. The coordinator corrects the address on the professional's page and sends them again here.
 */
@Controller
class UndeliverablePage {

    private final UndeliverableNotices notices;

    UndeliverablePage(UndeliverableNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/organisatie/onbestelbaar")
    String list(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("notices", notices.of(account.organisation()));
        return "organisation/undeliverable";
    }

    @PostMapping("/organisatie/onbestelbaar/{id}/opnieuw")
    String retry(@AuthenticationPrincipal SignedInAccount account, @PathVariable UUID id, RedirectAttributes redirect) {
        notices.retry(account.organisation(), new NoticeId(id));
        redirect.addFlashAttribute("notice", "Het bericht wordt nu opnieuw verstuurd.");
        return "redirect:/organisatie/onbestelbaar";
    }
}
