// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.party;

import java.util.Collection;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Parties are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}): the caller is the CN of the
 * certificate's subject, and only a listed CN is let in, with the given authority; anyone else gets 403 with the
 * party's own problem details, and a warning in the log with the CN. No sessions, no CSRF (no browser), no form or
 * basic login.
 */
public final class ClientCertificates {

    private static final Logger log = LoggerFactory.getLogger(ClientCertificates.class);

    private ClientCertificates() {}

    /**
     * @param listed       the CNs that may call
     * @param authority    what a listed caller is granted (and every request requires)
     * @param unknownParty the problem details JSON of the 403
     */
    public static SecurityFilterChain onlyListed(
            HttpSecurity http, Collection<String> listed, String authority, byte[] unknownParty) throws Exception {
        Set<String> allowed = Set.copyOf(listed);
        byte[] refusal = unknownParty.clone();
        UserDetailsService known = cn -> {
            if (!allowed.contains(cn)) {
                log.warn("refused a client certificate of an unknown party: cn={}", cn);
                throw new UsernameNotFoundException("unknown party");
            }
            return User.withUsername(cn).password("").authorities(authority).build();
        };
        http.x509(x509 -> x509.x509PrincipalExtractor(new SubjectX500PrincipalExtractor())
                        .userDetailsService(known))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(authority))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getOutputStream().write(refusal);
                }));
        return http.build();
    }
}
