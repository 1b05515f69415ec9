// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.UUID;

/** The region coordinator of one covenant region, authenticated by their credential. */
public record RegionCoordinatorPrincipal(UUID credentialId, String regionCode, String name) {

    /** How the logbook names this actor. */
    public String actorId() {
        return "region-coordinator:" + credentialId;
    }
}
