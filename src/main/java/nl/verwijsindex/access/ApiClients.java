// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.verwijsindex.directory.OrganisationId;

/**
 * Credentials of organisations' own systems. A token is {@code <client id>.<secret>}; the secret is 256
 * random bits and only its SHA-256 is stored, so a fast hash is safe (see docs/adr/0002).
 */
public interface ApiClients {

    Optional<ApiClientPrincipal> authenticate(String token);

    /** New credentials; the token is shown this once and cannot be recovered. */
    IssuedToken issue(OrganisationId organisation, String description);

    /**
     * Credentials with a secret chosen by the caller: for the published demo tokens, and for taking over
     * an existing vendor's credentials. The secret must be long and random (at least 32 characters).
     */
    IssuedToken registerWithSecret(UUID clientId, OrganisationId organisation, String description, String secret);

    /** Replaces the secret of a client; the old token stops working at once (a leaked one). */
    IssuedToken rotate(UUID clientId);

    /**
     * Replaces the secret of a client; the old token keeps working for {@code overlap}, so that the system can
     * switch without an outage (issue 12). The new token expires after the configured lifetime.
     */
    IssuedToken rotate(UUID clientId, Duration overlap);

    void revoke(UUID clientId);

    /** A token as issued: shown this once; it works until {@code expiresAt} unless it is rotated or revoked. */
    record IssuedToken(UUID clientId, String token, OffsetDateTime expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[" + clientId + ", token=***, expiresAt=" + expiresAt + "]";
        }
    }
}
