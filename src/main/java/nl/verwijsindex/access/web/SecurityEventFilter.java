// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.access.AdministratorApiTokens.AdministratorPrincipal;
import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.logbook.Actor;

/**
 * Puts the security events that pass through a filter chain in the logbook (NEN 7513, issue 12): on the web
 * application and the region coordinators' API every change (a request that is not a GET) by an administrator or a
 * coordinator, on the administration API every call, and on every chain each refused request: by the chain
 * ({@link #denied}) or, with a 403, by a module behind it. Not a bean: a filter
 * bean would also run outside the security chains.
 */
final class SecurityEventFilter extends OncePerRequestFilter {

    /** Roles whose every change is recorded: they manage accounts, organisations and a region's rules. */
    private static final Set<Role> ADMINISTERING =
            Set.of(Role.ADMINISTRATOR, Role.ORGANISATION_COORDINATOR, Role.REGION_COORDINATOR);

    private final SecurityLog securityLog;
    private final boolean administrationApi;

    private SecurityEventFilter(SecurityLog securityLog, boolean administrationApi) {
        this.securityLog = securityLog;
        this.administrationApi = administrationApi;
    }

    static SecurityEventFilter forSite(SecurityLog securityLog) {
        return new SecurityEventFilter(securityLog, false);
    }

    static SecurityEventFilter forAdministrationApi(SecurityLog securityLog) {
        return new SecurityEventFilter(securityLog, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (administrationApi) {
            securityLog.administrationApiCalled(actor(), what(request));
            chain.doFilter(request, response);
            return;
        }
        boolean change = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        boolean administering = administering();
        Actor actor = actor();
        try {
            chain.doFilter(request, response);
        } finally {
            if (change && administering) {
                securityLog.administrationChanged(actor, what(request) + " -> " + response.getStatus());
            }
            // Refused inside a module (another organisation's signal, not the director, no BSN allowed): the chain
            // let the request through, so its handler did not see the refusal.
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                securityLog.denied(actor, what(request));
            }
        }
    }

    /** An account that manages accounts, organisations or a region's rules, or a region coordinator's system. */
    private static boolean administering() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        return principal instanceof RegionCoordinatorPrincipal
                || principal instanceof SignedInAccount account && ADMINISTERING.contains(account.role());
    }

    /** A refused request, from a chain's access-denied handler. */
    void denied(HttpServletRequest request) {
        securityLog.denied(actor(), what(request));
    }

    private static String what(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }

    /** Who the current request is, as the logbook names them. */
    static Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof SignedInAccount account) {
            return Actor.user(account.id().value().toString());
        }
        if (principal instanceof ApiClientPrincipal client) {
            return Actor.apiClient(client.actorId());
        }
        if (principal instanceof MunicipalSupervisorPrincipal supervisor) {
            return Actor.apiClient(supervisor.actorId());
        }
        if (principal instanceof AdministratorPrincipal administrator) {
            return Actor.user(administrator.accountId().toString());
        }
        if (principal instanceof RegionCoordinatorPrincipal coordinator) {
            return Actor.apiClient(coordinator.actorId());
        }
        if (principal instanceof String name && !"anonymousUser".equals(name)) {
            return Actor.apiClient(name);
        }
        return Actor.anonymous();
    }
}
