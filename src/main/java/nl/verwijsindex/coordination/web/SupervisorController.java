// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.coordination.SupervisorWorkList;
import nl.verwijsindex.coordination.SupervisorWorkList.WorkItem;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * The municipal supervisor's API (R-SUPERVISE): the work list of their municipality's overdue and escalated match
 * cases, and recording a follow-up. Only their own municipality; nothing about the youth (R-VISIBLE).
 */
@RestController
@RequestMapping(path = "/api/v1/supervisor", produces = MediaType.APPLICATION_JSON_VALUE)
class SupervisorController {

    private final SupervisorWorkList workList;

    SupervisorController(SupervisorWorkList workList) {
        this.workList = workList;
    }

    @GetMapping("/work-list")
    List<WorkItemResponse> workList(@AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor) {
        return workList.of(supervisor).stream().map(WorkItemResponse::of).toList();
    }

    @PostMapping("/match-cases/{matchCaseId}/follow-up")
    WorkItemResponse followUp(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor, @PathVariable UUID matchCaseId) {
        return WorkItemResponse.of(workList.followUp(supervisor, new MatchCaseId(matchCaseId)));
    }

    record WorkItemResponse(
            String matchCaseId,
            String state,
            LocalDate missedDeadline,
            OffsetDateTime escalatedAt,
            int professionalsInvolved,
            Director director,
            OffsetDateTime followedUpAt) {

        static WorkItemResponse of(WorkItem w) {
            ProfessionalContact d = w.director();
            return new WorkItemResponse(
                    w.matchCaseId().toString(),
                    w.state().name(),
                    w.missedDeadline(),
                    w.escalatedAt(),
                    w.professionalsInvolved(),
                    d == null
                            ? null
                            : new Director(
                                    d.name(),
                                    d.email(),
                                    d.phone(),
                                    d.organisationName(),
                                    d.coordinatorName(),
                                    d.coordinatorEmail(),
                                    d.coordinatorPhone()),
                    w.followedUpAt());
        }
    }

    /** Who to call: the director and their organisation's coordinator. */
    record Director(
            String name,
            String email,
            String phone,
            String organisationName,
            String coordinatorName,
            String coordinatorEmail,
            String coordinatorPhone) {}
}
