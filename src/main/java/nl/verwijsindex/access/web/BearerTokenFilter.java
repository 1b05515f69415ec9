// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.access.internal.BearerToken;
import nl.verwijsindex.shared.DatabaseUnavailable;
import nl.verwijsindex.shared.web.ProblemWriter;

/**
 * Authenticates one kind of bearer token ({@code Authorization: Bearer <token>}): an organisation's system,
 * the administrator, a region coordinator or a municipal supervisor, each with its own filter chain. Without the
 * header the request goes on unauthenticated (and the chain answers 401); with a token that does not
 * authenticate, 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Function<String, Optional<?>> authenticate;
    private final String role;
    private final String refusal;
    private final ProblemWriter problems;

    /**
     * @param authenticate the principal for a token, or empty
     * @param role         the role an authenticated holder gets
     * @param refusal      the Dutch detail of the 401 for a token that does not authenticate
     */
    BearerTokenFilter(Function<String, Optional<?>> authenticate, String role, String refusal, ProblemWriter problems) {
        this.authenticate = authenticate;
        this.role = role;
        this.refusal = refusal;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<?> principal;
        try {
            principal = BearerToken.fromAuthorizationHeader(header).flatMap(authenticate);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The credentials cannot be checked now: 503 with Retry-After, not Spring's default 500 (issue 13).
            problems.writeDatabaseUnavailable(response);
            return;
        }
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"verwijsindex\", error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld", refusal);
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        principal.get(), null, List.of(new SimpleGrantedAuthority(role))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
