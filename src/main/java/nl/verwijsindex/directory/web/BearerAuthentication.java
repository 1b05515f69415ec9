package nl.verwijsindex.directory.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the two bearer-token filters share: reading the token, and running the request as its holder. */
final class BearerAuthentication {

    private static final String BEARER = "Bearer ";

    private BearerAuthentication() {
    }

    /** The token of an {@code Authorization: Bearer} header, or null for any other scheme. */
    static String token(String authorizationHeader) {
        return authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorizationHeader.substring(BEARER.length()).trim()
                : null;
    }

    static void proceedAs(Object principal, String role, HttpServletRequest request, HttpServletResponse response,
                          FilterChain chain) throws IOException, ServletException {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, List.of(new SimpleGrantedAuthority(role))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
