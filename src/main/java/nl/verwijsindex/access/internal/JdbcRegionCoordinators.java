// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.ApiClients.IssuedToken;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.access.RegionCoordinators;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

@Service
@Transactional
class JdbcRegionCoordinators implements RegionCoordinators {

    private final CredentialRows rows;
    private final TokenSecrets secrets;

    JdbcRegionCoordinators(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.rows =
                new CredentialRows(jdbc, secrets, clock, "region_coordinator_credential", "region_code", "revoked_at");
        this.secrets = secrets;
    }

    @Override
    public IssuedToken issue(String regionCode, String name) {
        rows.requireOwner(
                "region",
                "code",
                regionCode,
                () -> new DomainException(Kind.NOT_FOUND, "unknown-region", "Deze regio bestaat niet."));
        return rows.insert(UUID.randomUUID(), regionCode, name, Map.of(), secrets.newSecret());
    }

    @Override
    public IssuedToken rotate(UUID credentialId, Duration overlap) {
        return rows.rotate(credentialId, "", Map.of(), overlap).orElseThrow(CredentialRows::credentialNotFound);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegionCoordinatorPrincipal> authenticate(String token) {
        return rows.authenticate(token, RegionCoordinatorPrincipal::new);
    }

    @Override
    public void revoke(UUID credentialId) {
        if (!rows.end(credentialId, "", Map.of())) {
            throw CredentialRows.credentialNotFound();
        }
    }
}
