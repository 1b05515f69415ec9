// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.verwijsindex.access.AdministratorToken;

/** The administrator token, configured only as its SHA-256 ({@code verwijsindex.admin.token-sha256}). */
@Component
class ConfiguredAdministratorToken implements AdministratorToken {

    private final byte[] hash;

    ConfiguredAdministratorToken(@Value("${verwijsindex.admin.token-sha256:}") String sha256Hex) {
        this.hash = sha256Hex.isBlank() ? null : HexFormat.of().parseHex(sha256Hex.trim());
    }

    @Override
    public boolean matches(String token) {
        return token != null && Secrets.matches(token, hash);
    }
}
