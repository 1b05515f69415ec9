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
import org.springframework.web.bind.annotation.RequestHeader;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeId;

/**
 * "Berichten": the professional's inbox. Marking an item read is a POST form; with htmx only the list is
 * replaced, without JavaScript the page reloads.
 */
@Controller
class InboxPage {

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/berichten")
    String inbox(@AuthenticationPrincipal SignedInAccount account, Model model) {
        model.addAttribute("notices", inbox.of(account.organisation(), account.professional(), false, actor(account)));
        return "professional/inbox";
    }

    @PostMapping("/berichten/{id}/gelezen")
    String markRead(
            @AuthenticationPrincipal SignedInAccount account,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        inbox.markRead(account.organisation(), account.professional(), new NoticeId(id));
        if (!"true".equals(htmx)) {
            return "redirect:/berichten";
        }
        model.addAttribute("notices", inbox.of(account.organisation(), account.professional(), false, actor(account)));
        return "professional/inbox :: list";
    }

    private static Actor actor(SignedInAccount account) {
        return Actor.user(account.accountId().toString());
    }
}
