// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Credentials of region coordinators; a token is {@code <credential id>.<secret>}, shown once. */
public interface RegionCoordinators {

    ApiClients.IssuedToken issue(String regionCode, String name);

    Optional<RegionCoordinatorPrincipal> authenticate(String token);

    /**
     * Replaces the secret; the old token keeps working for {@code overlap} (at most 30 days; zero for a leaked
     * one), so the coordinator's system can switch without an outage (issue 12).
     */
    ApiClients.IssuedToken rotate(UUID credentialId, Duration overlap);

    void revoke(UUID credentialId);
}
