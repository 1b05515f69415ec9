// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

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
 * Parties are their client certificates (mutual TLS, {@code server.ssl.client-auth=need}): the caller is the CN of
 * the certificate's subject, and only a CN listed in {@code verwijsindex.pseudonym.callers} is let in. No sessions,
 * no CSRF (no browser), no form or basic login.
 */
@Configuration
class PartySecurity {

    private static final Logger log = LoggerFactory.getLogger(PartySecurity.class);

    @Bean
    SecurityFilterChain parties(HttpSecurity http, PseudonymServiceSettings settings) throws Exception {
        Set<String> callers = new HashSet<>(settings.callers());
        UserDetailsService known = cn -> {
            if (!callers.contains(cn)) {
                log.warn("refused a client certificate of an unknown party: cn={}", cn);
                throw new UsernameNotFoundException("unknown party");
            }
            return User.withUsername(cn).password("").authorities("PARTY").build();
        };
        SubjectX500PrincipalExtractor commonName = new SubjectX500PrincipalExtractor();
        http.x509(x509 -> x509.x509PrincipalExtractor(commonName).userDetailsService(known))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("PARTY"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(HttpStatus.FORBIDDEN.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.getOutputStream()
                            .write(PseudonymProblemAdvice.json(PseudonymProblemAdvice.problem(
                                    HttpStatus.FORBIDDEN,
                                    "unknown-party",
                                    "Geen toegang",
                                    "Alleen een bekende partij met een geldig clientcertificaat heeft toegang.")));
                }));
        return http.build();
    }
}
