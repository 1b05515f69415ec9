// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.logbook.RequestOrigin;

/**
 * Notes where a request comes from (the remote address, after the trusted proxies' forwarded headers, and the user
 * agent) for every logbook entry it causes, before the security filters run so that their entries have it too.
 */
@Component
class RequestOriginFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's filter chain (-100). */
    static final int ORDER = -110;

    private static final int MAX_CLIENT = 200;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String agent = request.getHeader("User-Agent");
        RequestOrigin.begin(
                request.getRemoteAddr(),
                agent == null ? null : agent.substring(0, Math.min(agent.length(), MAX_CLIENT)));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.end();
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
