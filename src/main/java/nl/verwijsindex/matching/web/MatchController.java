// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.matching.MatchQueries.MatchView;

/** A professional's matches with the contact details of the others involved; never anything about the youth. */
@RestController
@RequestMapping(path = "/api/v1/professionals/{professionalId}/matches", produces = MediaType.APPLICATION_JSON_VALUE)
class MatchController {

    private final MatchQueries matches;

    MatchController(MatchQueries matches) {
        this.matches = matches;
    }

    @GetMapping
    List<MatchResponse> list(@AuthenticationPrincipal ApiClientPrincipal client, @PathVariable UUID professionalId) {
        return matches
                .matchesOf(
                        client.organisationId(), new ProfessionalId(professionalId), Actor.apiClient(client.actorId()))
                .stream()
                .map(MatchResponse::of)
                .toList();
    }

    record MatchResponse(
            String matchId,
            String kind,
            String matchCaseId,
            OffsetDateTime matchedAt,
            String ownSignalId,
            OtherProfessional otherProfessional) {

        static MatchResponse of(MatchView m) {
            ProfessionalContact p = m.otherProfessional();
            return new MatchResponse(
                    m.pairId().toString(),
                    m.kind().name(),
                    m.matchCaseId().toString(),
                    m.matchedAt(),
                    m.ownSignalId().toString(),
                    new OtherProfessional(
                            p.name(),
                            p.email(),
                            p.phone(),
                            p.organisationName(),
                            new Coordinator(p.coordinatorName(), p.coordinatorEmail(), p.coordinatorPhone()),
                            m.otherRegisteredAt()));
        }
    }

    record OtherProfessional(
            String name,
            String email,
            String phone,
            String organisationName,
            Coordinator coordinator,
            OffsetDateTime signalRegisteredAt) {}

    record Coordinator(String name, String email, String phone) {}
}
