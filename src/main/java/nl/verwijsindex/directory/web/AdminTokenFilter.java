package nl.verwijsindex.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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

import nl.verwijsindex.shared.web.ProblemWriter;

/**
 * The functional administrator's token: configured only as its SHA-256 ({@code verwijsindex.admin.token-sha256}),
 * so the configuration holds no usable secret. Without it the administration API is closed.
 */
class AdminTokenFilter extends OncePerRequestFilter {

    private final byte[] expectedHash;
    private final ProblemWriter problems;

    AdminTokenFilter(String tokenSha256Hex, ProblemWriter problems) {
        this.expectedHash = tokenSha256Hex == null || tokenSha256Hex.isBlank() ? null : HexFormat.of().parseHex(tokenSha256Hex.trim());
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
        if (expectedHash == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || !MessageDigest.isEqual(expectedHash, sha256(header.substring(7).trim()))) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-credentials", "Niet aangemeld",
                    "De beheerderssleutel is onbekend of de beheer-API staat uit.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("administrator",
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
