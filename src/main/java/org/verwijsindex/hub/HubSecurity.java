// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.x509.SubjectX500PrincipalExtractor;

/**
 * Regions are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}), as at the pseudonym
 * service: a region is the CN of the certificate's subject, and only a CN listed in {@code verwijsindex.hub.regions}
 * is let in. No sessions, no CSRF (no browser), no form or basic login.
 */
@Configuration
class HubSecurity {

    private static final Logger log = LoggerFactory.getLogger(HubSecurity.class);

    @Bean
    SecurityFilterChain regions(HttpSecurity http, HubSettings settings) throws Exception {
        Set<String> regions = new HashSet<>(settings.regions());
        UserDetailsService known = cn -> {
            if (!regions.contains(cn)) {
                log.warn("refused a client certificate of an unknown party: cn={}", cn);
                throw new UsernameNotFoundException("unknown party");
            }
            return User.withUsername(cn).password("").authorities("REGION").build();
        };
        http.x509(x509 -> x509.x509PrincipalExtractor(new SubjectX500PrincipalExtractor())
                        .userDetailsService(known))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("REGION"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getOutputStream().write(HubProblemAdvice.json(HubProblem.UNKNOWN_PARTY.detail()));
                }));
        return http.build();
    }
}
