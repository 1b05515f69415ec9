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

import nl.verwijsindex.directory.RegionCoordinatorPrincipal;
import nl.verwijsindex.directory.RegionCoordinators;
import nl.verwijsindex.shared.web.ProblemWriter;

/** Authenticates a region coordinator by their bearer token. */
class RegionCoordinatorFilter extends OncePerRequestFilter {

    private final RegionCoordinators coordinators;
    private final ProblemWriter problems;

    RegionCoordinatorFilter(RegionCoordinators coordinators, ProblemWriter problems) {
        this.coordinators = coordinators;
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
        Optional<RegionCoordinatorPrincipal> principal = Optional.ofNullable(BearerAuthentication.token(header))
                .flatMap(coordinators::authenticate);
        if (principal.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld",
                    "De sleutel van de regiocoördinator is onbekend, ingetrokken of verkeerd geschreven.");
            return;
        }
        BearerAuthentication.proceedAs(principal.get(), "ROLE_REGION_COORDINATOR", request, response, chain);
    }
}
