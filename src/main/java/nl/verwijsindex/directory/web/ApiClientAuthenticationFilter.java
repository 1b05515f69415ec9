package nl.verwijsindex.directory.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.directory.ApiClientPrincipal;
import nl.verwijsindex.directory.ApiClients;
import nl.verwijsindex.shared.web.ProblemWriter;

/** Authenticates an organisation's system by its bearer token ({@code Authorization: Bearer <id>.<secret>}). */
class ApiClientAuthenticationFilter extends OncePerRequestFilter {

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
        Optional<ApiClientPrincipal> principal = Optional.ofNullable(BearerAuthentication.token(header))
                .flatMap(clients::authenticate);
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"verwijsindex\", error=\"invalid_token\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld",
                    "De API-sleutel is onbekend, ingetrokken of verkeerd geschreven.");
            return;
        }
        BearerAuthentication.proceedAs(principal.get(), "ROLE_API_CLIENT", request, response, chain);
    }
}
