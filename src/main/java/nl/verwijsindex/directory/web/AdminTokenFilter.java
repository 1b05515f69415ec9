package nl.verwijsindex.directory.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.directory.AdministratorToken;
import nl.verwijsindex.shared.web.ProblemWriter;

/** Authenticates the functional administrator by the administrator token. */
class AdminTokenFilter extends OncePerRequestFilter {

    private final AdministratorToken administratorToken;
    private final ProblemWriter problems;

    AdminTokenFilter(AdministratorToken administratorToken, ProblemWriter problems) {
        this.administratorToken = administratorToken;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
        } else if (administratorToken.matches(BearerAuthentication.token(header))) {
            BearerAuthentication.proceedAs("administrator", "ROLE_ADMINISTRATOR", request, response, chain);
        } else {
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld",
                    "De beheerderssleutel is onbekend of de beheer-API staat uit.");
        }
    }
}
