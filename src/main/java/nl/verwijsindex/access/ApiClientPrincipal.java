// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.UUID;

import nl.verwijsindex.directory.OrganisationId;

/** An organisation's own system (ECD), authenticated by its API credentials. */
public record ApiClientPrincipal(UUID clientId, OrganisationId organisationId) {

    /** How the logbook names this actor. */
    public String actorId() {
        return clientId.toString();
    }
}
