// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import nl.verwijsindex.access.AdministratorApiTokens;
import nl.verwijsindex.access.AdministratorToken;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.access.RegionCoordinators;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.shared.web.ProblemWriter;

/**
 * The REST API for organisations' systems: stateless, bearer tokens only, everything refused without
 * valid credentials. The rest of the site (the web application with its form login, health, the API
 * description) has its own chain, last in order: {@link SiteSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain administrationSecurity(
            HttpSecurity http,
            ProblemWriter problems,
            AdministratorToken token,
            AdministratorApiTokens personalTokens,
            SecurityLog securityLog)
            throws Exception {
        SecurityEventFilter events = SecurityEventFilter.forAdministrationApi(securityLog);
        return stateless(http.securityMatcher("/api/v1/admin/**"), problems, events)
                .addFilterBefore(
                        new BearerTokenFilter(
                                // An administrator's own token (ADR 0024), or the configured shared one (demo, tests).
                                t -> personalTokens
                                        .authenticate(t)
                                        .<Object>map(principal -> principal)
                                        .or(() -> token.matches(t) ? Optional.of("administrator") : Optional.empty()),
                                "ROLE_ADMINISTRATOR",
                                "De beheerderssleutel is onbekend of de beheer-API staat uit.",
                                problems),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMINISTRATOR"))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain regionCoordinatorSecurity(
            HttpSecurity http, ProblemWriter problems, RegionCoordinators coordinators, SecurityLog securityLog)
            throws Exception {
        return stateless(http.securityMatcher("/api/v1/region/**"), problems, SecurityEventFilter.forSite(securityLog))
                .addFilterBefore(
                        new BearerTokenFilter(
                                coordinators::authenticate,
                                "ROLE_REGION_COORDINATOR",
                                "De sleutel van de regiocoördinator is onbekend, ingetrokken of verkeerd geschreven.",
                                problems),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("REGION_COORDINATOR"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain municipalSupervisorSecurity(
            HttpSecurity http, ProblemWriter problems, MunicipalSupervisors supervisors, SecurityLog securityLog)
            throws Exception {
        return stateless(
                        http.securityMatcher("/api/v1/supervisor/**"),
                        problems,
                        SecurityEventFilter.forSite(securityLog))
                .addFilterBefore(
                        new BearerTokenFilter(
                                supervisors::authenticate,
                                "ROLE_MUNICIPAL_SUPERVISOR",
                                "De sleutel van de regievoerder is onbekend, ingetrokken of verkeerd geschreven.",
                                problems),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("MUNICIPAL_SUPERVISOR"))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain privacyDeskSecurity(
            HttpSecurity http, ProblemWriter problems, PrivacyDesks desks, SecurityLog securityLog) throws Exception {
        return stateless(
                        http.securityMatcher("/api/v1/privacy-desk/**"),
                        problems,
                        SecurityEventFilter.forSite(securityLog))
                .addFilterBefore(
                        new BearerTokenFilter(
                                desks::authenticate,
                                "ROLE_PRIVACY_DESK",
                                "De sleutel van het privacyloket is onbekend, ingetrokken of verkeerd geschreven.",
                                problems),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PRIVACY_DESK"))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ApiClients clients, ProblemWriter problems, SecurityLog securityLog) throws Exception {
        return stateless(http.securityMatcher("/api/**"), problems, SecurityEventFilter.forSite(securityLog))
                .addFilterBefore(
                        new BearerTokenFilter(
                                clients::authenticate,
                                "ROLE_API_CLIENT",
                                "De API-sleutel is onbekend, ingetrokken of verkeerd geschreven.",
                                problems),
                        AuthorizationFilter.class)
                .addFilterAfter(new ActingUserFilter(problems), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API_CLIENT"))
                .build();
    }

    /**
     * What every API chain shares: no session, no CSRF (no cookies), problem details for 401 and 403, every 403 in
     * the logbook (refused by the chain or by a module behind it), and the chain's other security events.
     */
    private static HttpSecurity stateless(HttpSecurity http, ProblemWriter problems, SecurityEventFilter events)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .addFilterAfter(events, AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"verwijsindex\"");
                            problems.write(
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Niet aangemeld",
                                    "Meld uw systeem aan met een API-sleutel: Authorization: Bearer <sleutel>.");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            events.denied(request);
                            problems.write(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    "forbidden",
                                    "Niet toegestaan",
                                    "U heeft geen toegang tot dit onderdeel.");
                        }));
    }
}
