// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.Optional;
import java.util.UUID;

/** Credentials of region coordinators; a token is {@code <credential id>.<secret>}, shown once. */
public interface RegionCoordinators {

    ApiClients.IssuedToken issue(String regionCode, String name);

    Optional<RegionCoordinatorPrincipal> authenticate(String token);

    void revoke(UUID credentialId);
}
