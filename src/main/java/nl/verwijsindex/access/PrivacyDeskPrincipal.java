// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.UUID;

/** The privacy desk of one municipality, authenticated by its credential for the privacy desk API (R-REQUEST). */
public record PrivacyDeskPrincipal(UUID credentialId, String municipalityCode, String name) {

    /** How the logbook names this actor. */
    public String actorId() {
        return "privacy-desk:" + credentialId;
    }
}
