// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/** A municipal supervisor (regievoerder) of one municipality, authenticated by their credential (R-SUPERVISE). */
public record MunicipalSupervisorPrincipal(SupervisorId supervisorId, String municipalityCode, String name) {

    /** How the logbook names this actor. */
    public String actorId() {
        return "municipal-supervisor:" + supervisorId;
    }
}
