// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * ADR 0024: an administrator's own tokens for the administration API, so that the logbook names the person
 * behind every call. A token is {@code <token id>.<secret>}, shown once; it works until it expires or is revoked,
 * and only while its account is an administrator's, enabled and not locked.
 */
public interface AdministratorApiTokens {

    /** A new token for this administrator's own use, e.g. for a provisioning script. */
    ApiClients.IssuedToken issue(AccountId administrator, String description);

    /** The administrator's tokens that still work, newest first. */
    List<PersonalToken> of(AccountId administrator);

    /** Stops one of the administrator's own tokens at once. */
    void revoke(AccountId administrator, UUID tokenId);

    Optional<AdministratorPrincipal> authenticate(String token);

    /** A token as its owner sees it in the list: never its secret. */
    record PersonalToken(UUID id, String description, OffsetDateTime createdAt, OffsetDateTime expiresAt) {}

    /** The administrator behind a call of the administration API. */
    record AdministratorPrincipal(UUID accountId, UUID tokenId) {}
}
