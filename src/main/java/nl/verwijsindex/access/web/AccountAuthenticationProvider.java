// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import nl.verwijsindex.access.PasswordCheck;
import nl.verwijsindex.access.PasswordCheck.SecondFactorStep;
import nl.verwijsindex.access.PasswordLogin;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.access.internal.SecurityLog;

/**
 * The password step of the login form. With a second factor still to come, the session gets only
 * {@link #SECOND_FACTOR_PENDING} (no role): it can open the code pages and nothing else. With a temporary
 * password (set by someone else), once the second factor is done too, it gets only
 * {@link #PASSWORD_CHANGE_PENDING}: the page to choose a new password and nothing else.
 */
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";
    static final String PASSWORD_CHANGE_PENDING = "PASSWORD_CHANGE_PENDING";

    private final PasswordLogin login;
    private final SecurityLog securityLog;

    AccountAuthenticationProvider(PasswordLogin login, SecurityLog securityLog) {
        this.login = login;
        this.securityLog = securityLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        PasswordCheck check =
                login.checkPassword(username, credentials == null ? null : credentials.toString(), address);
        if (check instanceof PasswordCheck.Limited) {
            throw new LoginLimited();
        }
        if (check instanceof PasswordCheck.Locked) {
            securityLog.loginFailed(username);
            throw new LockedException("locked");
        }
        if (!(check instanceof PasswordCheck.Accepted accepted)) {
            securityLog.loginFailed(username);
            throw new BadCredentialsException("refused");
        }
        if (accepted.next() != SecondFactorStep.NONE) {
            return new PendingSecondFactor(accepted.account(), accepted.next(), accepted.mustChangePassword()).token();
        }
        securityLog.loginSucceeded(accepted.account().id().value());
        return afterSecondFactor(accepted.account(), accepted.mustChangePassword());
    }

    /** What a login that passed both steps gets: the role, or first the page to replace a temporary password. */
    static UsernamePasswordAuthenticationToken afterSecondFactor(SignedInAccount account, boolean mustChangePassword) {
        return mustChangePassword ? new PendingPasswordChange(account).token() : signedIn(account);
    }

    static UsernamePasswordAuthenticationToken signedIn(SignedInAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(
                account, null, List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many logins from this address or in all: no password was checked. */
    static final class LoginLimited extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        LoginLimited() {
            super("login limit reached");
        }
    }

    /**
     * Password checked, second factor not yet: no role. A plain token whose authorities carry the step, so that
     * the session store keeps it as JSON of a type Spring Security knows (issue 12 §4, ADR 0035).
     */
    record PendingSecondFactor(SignedInAccount account, SecondFactorStep step, boolean mustChangePassword) {

        private static final String STEP = "SECOND_FACTOR_STEP_";
        private static final String THEN_NEW_PASSWORD = "THEN_" + PASSWORD_CHANGE_PENDING;

        UsernamePasswordAuthenticationToken token() {
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING));
            authorities.add(new SimpleGrantedAuthority(STEP + step.name()));
            if (mustChangePassword) {
                authorities.add(new SimpleGrantedAuthority(THEN_NEW_PASSWORD));
            }
            return UsernamePasswordAuthenticationToken.authenticated(account, null, List.copyOf(authorities));
        }

        /** The login half-way, or null when the authentication is not one. */
        static PendingSecondFactor of(Authentication authentication) {
            if (authentication == null
                    || !(authentication.getPrincipal() instanceof SignedInAccount account)
                    || !has(authentication, SECOND_FACTOR_PENDING)) {
                return null;
            }
            SecondFactorStep step = has(authentication, STEP + SecondFactorStep.ENROL.name())
                    ? SecondFactorStep.ENROL
                    : SecondFactorStep.VERIFY;
            return new PendingSecondFactor(account, step, has(authentication, THEN_NEW_PASSWORD));
        }
    }

    /** Both steps passed with a temporary password: no role until the person chose their own. */
    record PendingPasswordChange(SignedInAccount account) {

        UsernamePasswordAuthenticationToken token() {
            return UsernamePasswordAuthenticationToken.authenticated(
                    account, null, List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_PENDING)));
        }

        /** The login waiting for a new password, or null when the authentication is not one. */
        static PendingPasswordChange of(Authentication authentication) {
            return authentication != null
                            && authentication.getPrincipal() instanceof SignedInAccount account
                            && has(authentication, PASSWORD_CHANGE_PENDING)
                    ? new PendingPasswordChange(account)
                    : null;
        }
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
