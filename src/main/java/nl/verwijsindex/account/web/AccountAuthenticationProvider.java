package nl.verwijsindex.account.web;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.verwijsindex.account.Accounts;
import nl.verwijsindex.account.PasswordCheck;
import nl.verwijsindex.account.PasswordCheck.SecondFactorStep;
import nl.verwijsindex.account.SignedInAccount;

/**
 * The password step of the login form. With a second factor still to come, the session gets only
 * {@link #SECOND_FACTOR_PENDING} (no role): it can open the code pages and nothing else.
 */
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

    private final Accounts accounts;

    AccountAuthenticationProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        PasswordCheck check = accounts.checkPassword(username, credentials == null ? null : credentials.toString());
        if (check instanceof PasswordCheck.Locked) {
            throw new LockedException("locked");
        }
        if (!(check instanceof PasswordCheck.Accepted accepted)) {
            throw new BadCredentialsException("refused");
        }
        return accepted.next() == SecondFactorStep.NONE
                ? signedIn(accepted.account())
                : new PendingSecondFactor(accepted.account(), accepted.next());
    }

    static UsernamePasswordAuthenticationToken signedIn(SignedInAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(account, null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Password checked, second factor not yet: no role. */
    static final class PendingSecondFactor extends UsernamePasswordAuthenticationToken {

        private final SecondFactorStep step;

        PendingSecondFactor(SignedInAccount account, SecondFactorStep step) {
            super(account, null, List.<GrantedAuthority>of(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING)));
            this.step = step;
        }

        SecondFactorStep step() {
            return step;
        }

        SignedInAccount account() {
            return (SignedInAccount) getPrincipal();
        }
    }
}
