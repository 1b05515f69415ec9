// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.verwijsindex.party.ClientCertificates;

/**
 * Parties are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}): the caller is the CN of
 * the certificate's subject, and only a CN listed in {@code verwijsindex.pseudonym.callers} is let in. No sessions,
 * no CSRF (no browser), no form or basic login.
 */
@Configuration
class PartySecurity {

    @Bean
    SecurityFilterChain parties(HttpSecurity http, PseudonymServiceSettings settings) throws Exception {
        return ClientCertificates.onlyListed(
                http,
                settings.callers(),
                "PARTY",
                PseudonymProblemAdvice.json(PseudonymProblemAdvice.problem(
                        HttpStatus.FORBIDDEN,
                        "unknown-party",
                        "Geen toegang",
                        "Alleen een bekende partij met een geldig clientcertificaat heeft toegang.")));
    }
}
