// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.verwijsindex.party.ClientCertificates;

/**
 * Regions are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}), as at the pseudonym
 * service: a region is the CN of the certificate's subject, and only a CN listed in {@code verwijsindex.hub.regions}
 * is let in. No sessions, no CSRF (no browser), no form or basic login.
 */
@Configuration
class HubSecurity {

    @Bean
    SecurityFilterChain regions(HttpSecurity http, HubSettings settings) throws Exception {
        return ClientCertificates.onlyListed(
                http, settings.regions(), "REGION", HubProblemAdvice.json(HubProblem.UNKNOWN_PARTY.detail()));
    }
}
