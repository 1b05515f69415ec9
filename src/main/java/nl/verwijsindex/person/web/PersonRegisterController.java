// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.person.PersonCheck;

/**
 * For the administrator: how the connection with the person register is doing, and a re-check of every
 * youth with an active signal now (R-MOVE, R-DEATH), for example after the register was down for long.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/person-register", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonRegisterController {

    private final PersonCheck check;

    PersonRegisterController(PersonCheck check) {
        this.check = check;
    }

    @GetMapping
    PersonCheck.Status status() {
        return check.status();
    }

    @PostMapping("/recheck")
    Recheck recheck() {
        return new Recheck(check.recheckAll());
    }

    record Recheck(int youthsDue) {}
}
