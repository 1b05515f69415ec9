// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.web.InboxController.NoticeResponse;

/** A municipal supervisor's inbox: escalations of their municipality's match cases (R-SUPERVISE). */
@RestController
@RequestMapping(path = "/api/v1/supervisor/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
class SupervisorInboxController {

    private final Inbox inbox;

    SupervisorInboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<NoticeResponse> list(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor,
            @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return inbox.ofSupervisor(supervisor, unreadOnly).stream()
                .map(NoticeResponse::of)
                .toList();
    }

    @PostMapping("/{noticeId}/read")
    ResponseEntity<Void> markRead(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor, @PathVariable UUID noticeId) {
        inbox.markReadBySupervisor(supervisor, new NoticeId(noticeId));
        return ResponseEntity.noContent().build();
    }
}
