// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;

/** Lets an organisation's system find the ids of its own professionals, on whose behalf it acts. */
@RestController
@RequestMapping(path = "/api/v1/professionals", produces = "application/json")
class ProfessionalsController {

    private final Directory directory;

    ProfessionalsController(Directory directory) {
        this.directory = directory;
    }

    /** The principal is the access module's API client; read by property, so the directory needs no access module. */
    @GetMapping
    List<ProfessionalView> list(@AuthenticationPrincipal(expression = "organisationId()") OrganisationId organisation) {
        return directory.professionalsOf(organisation).stream()
                .map(p -> new ProfessionalView(
                        p.id().value().toString(), p.name(), p.email(), p.designated(), p.active()))
                .toList();
    }

    record ProfessionalView(String id, String name, String email, boolean designated, boolean active) {}
}
