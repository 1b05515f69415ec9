// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.verwijsindex.access.ApiClientPrincipal;
import nl.verwijsindex.logbook.RequestOrigin;
import nl.verwijsindex.shared.web.ProblemWriter;

/**
 * R-LOGBOOK (NEN 7513, issue 12): an organisation's system says on every call which person in that system acts, in
 * the header {@code X-Acting-User} (an identifier of that system's own, such as an employee number; never a BSN).
 * The logbook records it beside the API client. A call without it is refused: the index cannot tell afterwards who
 * looked at a youth.
 */
final class ActingUserFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Acting-User";

    /** Printable, no separators that could forge a log line. */
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N} ._@:/+-]{1,100}");

    private final ProblemWriter problems;

    ActingUserFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApiClientPrincipal)) {
            chain.doFilter(request, response);
            return;
        }
        String actingUser = request.getHeader(HEADER);
        if (actingUser == null || !VALID.matcher(actingUser.strip()).matches()) {
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "acting-user-missing",
                    "Handelende gebruiker ontbreekt",
                    "Geef in de kop X-Acting-User aan welke medewerker in uw eigen systeem deze vraag stelt "
                            + "(een eigen kenmerk, zoals een personeelsnummer; nooit een BSN; hoogstens 100 tekens).");
            return;
        }
        RequestOrigin.actingUser(actingUser.strip());
        chain.doFilter(request, response);
    }
}
