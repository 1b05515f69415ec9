// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.verwijsindex.party.ClientCertificates;

/**
 * Regions are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}), as at the pseudonym
 * service: a region is the CN of the certificate's subject, and only a CN listed in {@code verwijsindex.hub.regions}
 * is let in. The administration of key versions ({@code /v1/admin/**}, docs/adr/0045) is for the CNs listed in {@code
 * verwijsindex.hub.administrators} only, and those reach nothing else: a region is never an administrator and an
 * administrator never reads an inbox. No sessions, no CSRF (no browser), no form or basic login.
 */
@Configuration
class HubSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain administrators(HttpSecurity http, HubSettings settings) throws Exception {
        return ClientCertificates.onlyListed(
                http.securityMatcher("/v1/admin/**"),
                settings.administrators(),
                "ADMINISTRATOR",
                HubProblemAdvice.json(HubProblem.UNKNOWN_PARTY.detail()));
    }

    @Bean
    @Order(2)
    SecurityFilterChain regions(HttpSecurity http, HubSettings settings) throws Exception {
        return ClientCertificates.onlyListed(
                http, settings.regions(), "REGION", HubProblemAdvice.json(HubProblem.UNKNOWN_PARTY.detail()));
    }
}
