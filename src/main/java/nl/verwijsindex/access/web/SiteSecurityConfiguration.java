// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.verwijsindex.access.PasswordCheck.SecondFactorStep;
import nl.verwijsindex.access.PasswordLogin;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.internal.AccountStanding;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.access.web.AccountAuthenticationProvider.LoginLimited;
import nl.verwijsindex.access.web.AccountAuthenticationProvider.PendingPasswordChange;
import nl.verwijsindex.access.web.AccountAuthenticationProvider.PendingSecondFactor;

/**
 * The web application's chain, last after the three API chains: form login with a second factor, a session
 * cookie (HttpOnly, Secure, SameSite=Lax, cookie-only tracking: see application.properties), a temporary password
 * replaced before anything else opens, CSRF tokens on
 * every form, and a Content-Security-Policy without inline code. Every page is checked for its role here
 * ({@link #PROFESSIONAL_PAGES} and friends) and again by the module it calls, which only ever acts for the
 * logged-in account.
 */
@Configuration(proxyBeanMethods = false)
class SiteSecurityConfiguration {

    static final String LOGIN = "/inloggen";
    static final String CODE = "/inloggen/code";
    static final String ENROL = "/inloggen/code-instellen";
    static final String NEW_PASSWORD = "/inloggen/nieuw-wachtwoord";
    /** Issue 12: where a new account's activation link leads; open to whoever holds the link. */
    static final String ACTIVATE = "/activeren";

    /** Pages about one's own account, for every role. */
    static final String[] OWN_ACCOUNT_PAGES = {"/account", "/account/**"};

    /** Pages of the professional's own work. */
    static final String[] PROFESSIONAL_PAGES = {
        "/signalen",
        "/signalen/**",
        "/matches",
        "/matches/**",
        "/berichten",
        "/berichten/**",
        "/adviezen",
        "/adviezen/**"
    };

    /** Pages per role of the other roles (issue 6): each role owns one prefix. */
    static final String[] ORGANISATION_COORDINATOR_PAGES = {"/organisatie", "/organisatie/**"};

    static final String[] MUNICIPAL_SUPERVISOR_PAGES = {"/regie", "/regie/**"};
    static final String[] REGION_COORDINATOR_PAGES = {"/regio", "/regio/**"};
    static final String[] ADMINISTRATOR_PAGES = {"/beheer", "/beheer/**"};
    static final String[] DATA_PROTECTION_OFFICER_PAGES = {"/fg", "/fg/**"};
    static final String[] PRIVACY_DESK_PAGES = {"/privacyloket", "/privacyloket/**"};

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'";

    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);

    @Bean
    AccountAuthenticationProvider accountAuthenticationProvider(PasswordLogin login, SecurityLog securityLog) {
        return new AccountAuthenticationProvider(login, securityLog);
    }

    @Bean
    @Order(5)
    SecurityFilterChain siteSecurity(
            HttpSecurity http,
            AccountAuthenticationProvider provider,
            SecurityLog securityLog,
            AccountStanding standing,
            Clock clock)
            throws Exception {
        SecurityEventFilter securityEvents = SecurityEventFilter.forSite(securityLog);
        String[] roles = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        return http
                // Only this provider, without the global manager as parent: a failed login is counted once.
                .authenticationManager(new ProviderManager(provider))
                // Role and standing of the account, and the absolute lifetime, checked on every request.
                .securityContext(context ->
                        context.securityContextRepository(new StandingCheckedContextRepository(standing, clock)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/informatie",
                                LOGIN,
                                ACTIVATE,
                                "/vendor/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/actuator/openapi",
                                "/actuator/openapi/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/dev/mail",
                                "/error")
                        .permitAll()
                        .requestMatchers(CODE, ENROL)
                        .hasAuthority(AccountAuthenticationProvider.SECOND_FACTOR_PENDING)
                        .requestMatchers(NEW_PASSWORD)
                        .hasAuthority(AccountAuthenticationProvider.PASSWORD_CHANGE_PENDING)
                        .requestMatchers(OWN_ACCOUNT_PAGES)
                        .hasAnyRole(roles)
                        .requestMatchers(PROFESSIONAL_PAGES)
                        .hasRole(Role.PROFESSIONAL.name())
                        .requestMatchers(ORGANISATION_COORDINATOR_PAGES)
                        .hasRole(Role.ORGANISATION_COORDINATOR.name())
                        .requestMatchers(MUNICIPAL_SUPERVISOR_PAGES)
                        .hasRole(Role.MUNICIPAL_SUPERVISOR.name())
                        .requestMatchers(REGION_COORDINATOR_PAGES)
                        .hasRole(Role.REGION_COORDINATOR.name())
                        .requestMatchers(ADMINISTRATOR_PAGES)
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(DATA_PROTECTION_OFFICER_PAGES)
                        .hasRole(Role.DATA_PROTECTION_OFFICER.name())
                        .requestMatchers(PRIVACY_DESK_PAGES)
                        .hasRole(Role.PRIVACY_DESK.name())
                        .anyRequest()
                        .hasAnyRole(roles))
                .formLogin(form -> form.loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .successHandler(this::loggedIn)
                        // Unknown, wrong and locked get one answer (issue 12): nobody learns which accounts exist.
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof LoginLimited ? LOGIN + "?te-vaak" : LOGIN + "?fout")))
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .logoutSuccessUrl(LOGIN + "?uitgelogd")
                        .invalidateHttpSession(true)
                        .deleteCookies("VERWIJSINDEX_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(this::toLogin)
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException && sessionExpired(request)) {
                                // A form sent after the session ran out: not an attack, just too late.
                                response.sendRedirect(LOGIN + "?verlopen");
                            } else if (!(e instanceof CsrfException) && pending(request) != null) {
                                response.sendRedirect(pending(request).step() == SecondFactorStep.ENROL ? ENROL : CODE);
                            } else if (!(e instanceof CsrfException) && pendingPasswordChange()) {
                                response.sendRedirect(NEW_PASSWORD);
                            } else {
                                securityEvents.denied(request);
                                new AccessDeniedHandlerImpl().handle(request, response, e);
                            }
                        }))
                .addFilterAfter(securityEvents, AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        PendingSecondFactor pending = PendingSecondFactor.of(authentication);
        if (pending != null) {
            response.sendRedirect(pending.step() == SecondFactorStep.ENROL ? ENROL : CODE);
            return;
        }
        if (PendingPasswordChange.of(authentication) != null) {
            response.sendRedirect(NEW_PASSWORD);
            return;
        }
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.onAuthenticationSuccess(request, response, authentication);
    }

    private static boolean sessionExpired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** htmx follows no redirect into a fragment: it is told to load the login page as a whole. */
    private void toLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", LOGIN);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (sessionExpired(request)) {
            response.sendRedirect(LOGIN + "?verlopen");
            return;
        }
        loginPage.commence(request, response, e);
    }

    private static boolean pendingPasswordChange() {
        return PendingPasswordChange.of(SecurityContextHolder.getContext().getAuthentication()) != null;
    }

    private static PendingSecondFactor pending(HttpServletRequest request) {
        return PendingSecondFactor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
