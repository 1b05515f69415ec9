// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.SignalTransfer;

/**
 * R-TRANSFER: the organisation coordinator's work list: active signals of professionals who left, to be
 * transferred to a colleague or ended before the account closes.
 */
@RestController
class LeaversController {

    private final SignalTransfer transfer;

    LeaversController(SignalTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping(path = "/api/v1/leavers/signals", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SignalResponses.SignalResponse> list(@AuthenticationPrincipal ApiClientPrincipal client) {
        return transfer.activeOfLeavers(client.organisationId(), Actor.apiClient(client.actorId())).stream()
                .map(SignalResponses.SignalResponse::of)
                .toList();
    }
}
