// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;

/**
 * Every call of the administration API goes into the logbook (issue 12, ADR 0024), refused ones too: method,
 * path and status. The paths carry ids and codes only, never a BSN. First in the administrator's chain, so that
 * a call without a valid token is recorded as well, with an actor that says so.
 */
class AdministrationCallLog extends OncePerRequestFilter {

    /** The one shared administration token (ADR 0009) until per-person credentials replace it (ADR 0024). */
    static final String TOKEN_HOLDER = "administration-token";

    static final String UNAUTHENTICATED = "unauthenticated";

    private final Logbook logbook;

    AdministrationCallLog(Logbook logbook) {
        this.logbook = logbook;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            String holder = status == HttpServletResponse.SC_UNAUTHORIZED ? UNAUTHENTICATED : TOKEN_HOLDER;
            logbook.record(new LogbookEntry(
                    Action.ADMINISTRATION_API_CALLED,
                    Actor.apiClient(holder),
                    null,
                    null,
                    null,
                    null,
                    request.getMethod() + " " + request.getRequestURI() + " " + status));
        }
    }
}
