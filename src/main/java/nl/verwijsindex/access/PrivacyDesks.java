// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * R-REQUEST: credentials of municipalities' privacy desks for the privacy desk API; a token is
 * {@code <credential id>.<secret>}, shown once.
 */
public interface PrivacyDesks {

    ApiClients.IssuedToken issue(String municipalityCode, String name);

    /** With a secret chosen by the caller (at least 32 characters): for the published demo token. */
    ApiClients.IssuedToken issueWithSecret(UUID id, String municipalityCode, String name, String secret);

    /**
     * Issue 12: replaces the desk's secret; the old token keeps working for {@code overlap} (at most 30 days; zero for
     * a leaked token), as for every other token.
     */
    ApiClients.IssuedToken rotate(UUID credentialId, Duration overlap);

    Optional<PrivacyDeskPrincipal> authenticate(String token);

    void revoke(UUID credentialId);
}
