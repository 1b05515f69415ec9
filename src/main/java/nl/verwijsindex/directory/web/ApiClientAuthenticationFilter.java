package nl.verwijsindex.directory.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

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

import nl.verwijsindex.directory.ApiClientPrincipal;
import nl.verwijsindex.directory.ApiClients;
import nl.verwijsindex.shared.web.ProblemWriter;

/** Authenticates an organisation's system by its bearer token ({@code Authorization: Bearer <id>.<secret>}). */
class ApiClientAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiClients clients;
    private final ProblemWriter problems;

    ApiClientAuthenticationFilter(ApiClients clients, ProblemWriter problems) {
        this.clients = clients;
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
        Optional<ApiClientPrincipal> principal = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? clients.authenticate(header.substring(BEARER.length()).trim())
                : Optional.empty();
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"verwijsindex\", error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld",
                    "De API-sleutel is onbekend, ingetrokken of verkeerd geschreven.");
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(principal.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
