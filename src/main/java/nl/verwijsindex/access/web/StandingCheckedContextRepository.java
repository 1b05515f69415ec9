// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.AccountStanding;

/**
 * The session's login, read from the session and checked on every request (issue 12): the role and standing of
 * the account as the database has them now ({@link AccountStanding}), and the absolute lifetime from the moment
 * of login, kept in the session as epoch milliseconds ({@value #LOGGED_IN_AT}). A login that may not go on ends:
 * the session is invalidated and the request goes on as anonymous, so the login page follows.
 */
class StandingCheckedContextRepository implements SecurityContextRepository {

    static final String LOGGED_IN_AT = "verwijsindex.loggedInAt";

    private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AccountStanding standing;
    private final Clock clock;

    StandingCheckedContextRepository(AccountStanding standing, Clock clock) {
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext stored = sessions.loadDeferredContext(request);
        return new DeferredSecurityContext() {
            private SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = check(stored.get(), request);
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                return stored.isGenerated() || get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext check(SecurityContext context, HttpServletRequest request) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return context;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return context;
        }
        Object at = session.getAttribute(LOGGED_IN_AT);
        Instant loggedInAt;
        if (at instanceof Long millis) {
            loggedInAt = Instant.ofEpochMilli(millis);
        } else {
            // The first request after the login (the login's own request saved the context, not this one).
            loggedInAt = clock.instant();
            session.setAttribute(LOGGED_IN_AT, loggedInAt.toEpochMilli());
        }
        if (standing.mayContinue(account, loggedInAt)) {
            return context;
        }
        session.invalidate();
        return SecurityContextHolder.createEmptyContext();
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return check(sessions.loadContext(holder), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }
}
