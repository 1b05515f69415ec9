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
import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.access.PrivacyDesks;

@Service
@Transactional
class JdbcPrivacyDesks implements PrivacyDesks {

    private final CredentialRows rows;
    private final TokenSecrets secrets;

    JdbcPrivacyDesks(JdbcClient jdbc, TokenSecrets secrets, Clock clock) {
        this.rows =
                new CredentialRows(jdbc, secrets, clock, "privacy_desk_credential", "municipality_code", "revoked_at");
        this.secrets = secrets;
    }

    @Override
    public IssuedToken issue(String municipalityCode, String name) {
        return insert(UUID.randomUUID(), municipalityCode, name, secrets.newSecret());
    }

    @Override
    public IssuedToken issueWithSecret(UUID id, String municipalityCode, String name, String secret) {
        CredentialRows.requireLongSecret(secret);
        return insert(id, municipalityCode, name, secret);
    }

    private IssuedToken insert(UUID id, String municipalityCode, String name, String secret) {
        rows.requireMunicipality(municipalityCode);
        return rows.insert(id, municipalityCode, name, Map.of(), secret);
    }

    @Override
    public IssuedToken rotate(UUID credentialId, Duration overlap) {
        return rows.rotate(credentialId, "", Map.of(), overlap).orElseThrow(CredentialRows::credentialNotFound);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PrivacyDeskPrincipal> authenticate(String token) {
        return rows.authenticate(token, PrivacyDeskPrincipal::new);
    }

    @Override
    public void revoke(UUID credentialId) {
        if (!rows.end(credentialId, "", Map.of())) {
            throw CredentialRows.credentialNotFound();
        }
    }
}
