// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.web;

import java.time.OffsetDateTime;
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

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeView;

@RestController
@RequestMapping(path = "/api/v1/professionals/{professionalId}/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<NoticeResponse> list(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @RequestParam(defaultValue = "false") boolean unreadOnly) {
        return inbox
                .of(
                        client.organisationId(),
                        new ProfessionalId(professionalId),
                        unreadOnly,
                        Actor.apiClient(client.actorId()))
                .stream()
                .map(NoticeResponse::of)
                .toList();
    }

    @PostMapping("/{noticeId}/read")
    ResponseEntity<Void> markRead(
            @AuthenticationPrincipal ApiClientPrincipal client,
            @PathVariable UUID professionalId,
            @PathVariable UUID noticeId) {
        inbox.markRead(client.organisationId(), new ProfessionalId(professionalId), new NoticeId(noticeId));
        return ResponseEntity.noContent().build();
    }

    record NoticeResponse(
            String id,
            String kind,
            String matchId,
            String signalId,
            String matchCaseId,
            OffsetDateTime createdAt,
            OffsetDateTime readAt,
            String mailState,
            String matchKind,
            String text) {

        static NoticeResponse of(NoticeView n) {
            return new NoticeResponse(
                    n.id().toString(),
                    n.kindName(),
                    n.matchId() == null ? null : n.matchId().toString(),
                    n.signalId() == null ? null : n.signalId().toString(),
                    n.matchCaseId() == null ? null : n.matchCaseId().toString(),
                    n.createdAt(),
                    n.readAt(),
                    n.mailState().name(),
                    n.matchKind(),
                    n.message());
        }
    }
}
