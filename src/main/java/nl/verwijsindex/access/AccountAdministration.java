// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.internal.AccountProperties;
import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.ActivationStore;
import nl.verwijsindex.access.internal.Lockout;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * What others do to an account: create it (an administrator, an organisation's coordinator, the demo), list
 * them, and help a person who is stuck: a temporary password, a new second factor, a lock lifted early.
 */
@Service
public class AccountAdministration {

    /** The length a password set by an administrator must have; the person is told it to log in with. */
    public static final int MIN_TEMPORARY_PASSWORD_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Lockout lockout;
    private final Directory directory;
    private final AccountSessions sessions;
    private final SecurityLog securityLog;
    private final AccountProperties properties;
    private final Clock clock;
    private final ActivationStore activations;

    AccountAdministration(
            AccountRepository accounts,
            PasswordEncoder passwords,
            Lockout lockout,
            Directory directory,
            AccountSessions sessions,
            SecurityLog securityLog,
            AccountProperties properties,
            Clock clock,
            ActivationStore activations) {
        this.activations = activations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.lockout = lockout;
        this.directory = directory;
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An account whose password someone else chose (an administrator, an organisation's coordinator): it is
     * temporary, and the person must choose their own at the next login before anything else opens.
     *
     * @throws DomainException when the username is taken or malformed, or the role's link is missing or unknown
     */
    @Transactional
    public AccountId create(NewAccount account) {
        requirePassword(account);
        OffsetDateTime now = Moments.now(clock);
        return insert(account, account.password(), now.plus(properties.temporaryPasswordLifetime()), now);
    }

    /**
     * An account whose password is not a temporary one: the person chose it, or it is published on purpose, as
     * for the demo's accounts (password {@code demo}), which must log in as they are. Pages where one person
     * creates another's account use {@link #create} instead.
     *
     * @throws DomainException as {@link #create}
     */
    @Transactional
    public AccountId createWithChosenPassword(NewAccount account) {
        requirePassword(account);
        return insert(account, account.password(), null, Moments.now(clock));
    }

    /**
     * Issue 12: an account that nobody can log in to until the person has used their activation link
     * ({@link AccountActivations}): its password is a random one nobody knows, and expired from the start.
     */
    AccountId createAwaitingActivation(NewAccount account) {
        OffsetDateTime now = Moments.now(clock);
        return insert(account, UUID.randomUUID() + "." + UUID.randomUUID(), now, now);
    }

    private static void requirePassword(NewAccount account) {
        if (account.password() == null || account.password().isEmpty()) {
            throw new DomainException(Kind.INVALID, "password-required", "Kies een wachtwoord.");
        }
    }

    /** @param expiresAt when the password stops working, for one the person must replace; null for their own */
    private AccountId insert(NewAccount account, String password, OffsetDateTime expiresAt, OffsetDateTime now) {
        String username = Usernames.normalise(account.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-username",
                    "Een gebruikersnaam heeft 2 tot 64 kleine letters, cijfers of de tekens . _ -.");
        }
        if (account.role() == Role.PROFESSIONAL) {
            directory
                    .contact(account.professional())
                    .orElseThrow(() -> new DomainException(
                            Kind.NOT_FOUND, "professional-not-found", "Deze professional is niet bekend."));
        }
        UUID id = UUID.randomUUID();
        boolean inserted;
        try {
            inserted = accounts.insert(id, username, account, passwords.encode(password), expiresAt, now);
        } catch (DataIntegrityViolationException e) {
            // The role's link (organisation, municipality, region) is missing or names nothing that exists.
            throw new DomainException(
                    Kind.INVALID,
                    "account-link-unknown",
                    "Kies waar dit account bij hoort: de organisatie, gemeente of regio bestaat niet.");
        }
        if (!inserted) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "username-taken",
                    "Deze gebruikersnaam bestaat al, of deze professional heeft al een account.");
        }
        return new AccountId(id);
    }

    public boolean exists(String username) {
        return accounts.findByUsername(Usernames.normalise(username)).isPresent();
    }

    /** The username of the professional's account, if they have one (one at most). */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(ProfessionalId professional) {
        return accounts.usernameOfProfessional(professional.value());
    }

    /** Every account, for the administrator's list; {@code now} decides whether a lock still holds. */
    @Transactional(readOnly = true)
    public List<AccountOverview> overview() {
        OffsetDateTime now = Moments.now(clock);
        return accounts.all().stream()
                .map(s -> new AccountOverview(
                        s.account().id(),
                        s.account().username(),
                        s.account().displayName(),
                        s.account().role(),
                        s.account().professionalId() == null
                                ? null
                                : new ProfessionalId(s.account().professionalId()),
                        s.account().organisationId() == null
                                ? null
                                : new OrganisationId(s.account().organisationId()),
                        s.account().municipalityCode(),
                        s.account().regionCode(),
                        lockout.lockedAt(s, now),
                        s.sealedSecondFactorSecret() != null,
                        s.disabledAt() != null))
                .toList();
    }

    /**
     * The administrator sets a temporary password (at least {@value #MIN_TEMPORARY_PASSWORD_LENGTH} characters)
     * for someone who forgot theirs. It is only hashed, never shown again or logged, and the person must replace
     * it at their next login.
     *
     * @throws DomainException not found for an unknown account, invalid for a password that is too short
     */
    @Transactional
    public void resetPassword(AccountId id, String temporaryPassword) {
        requireTemporaryPassword(temporaryPassword);
        OffsetDateTime expiresAt = Moments.now(clock).plus(properties.temporaryPasswordLifetime());
        if (!accounts.replacePassword(id.value(), passwords.encode(temporaryPassword), expiresAt)) {
            throw accountNotFound();
        }
        // A link not yet used would be a second way in, beside the password the administrator hands over.
        activations.withdraw(id.value());
        // Whoever is logged in with the old password, perhaps the one who made the reset necessary, is out.
        sessions.endAll(id);
    }

    /** The person lost their authenticator app: they set up the second factor again at their next login. */
    @Transactional
    public void resetSecondFactor(AccountId id) {
        if (!accounts.clearSecondFactor(id.value())) {
            throw accountNotFound();
        }
        securityLog.secondFactorReset(id.value());
        // The lost app may be in someone else's hands: every login made with it ends.
        sessions.endAll(id);
    }

    /** Lifts a lock after repeated failures before it runs out. */
    @Transactional
    public void unlock(AccountId id) {
        if (!accounts.unlock(id.value())) {
            throw accountNotFound();
        }
    }

    /**
     * The administrator disables an account of any role: it cannot log in, and its live sessions end at once
     * (issue 12). Not one's own: an index without an administrator who can log in cannot be repaired from the
     * pages.
     *
     * @throws DomainException not found for an unknown account, conflict for one's own
     */
    @Transactional
    public void disable(AccountId id, AccountId administrator) {
        if (id.equals(administrator)) {
            throw new DomainException(Kind.CONFLICT, "account-own", "U kunt uw eigen account niet uitschakelen.");
        }
        if (!accounts.disable(id.value(), Moments.now(clock))) {
            throw accountNotFound();
        }
        sessions.endAll(id);
    }

    /** The administrator enables a disabled account again: it can log in as before. */
    @Transactional
    public void enable(AccountId id) {
        if (!accounts.enable(id.value())) {
            throw accountNotFound();
        }
    }

    /** @throws DomainException invalid when the password set by an administrator is too short */
    public static void requireTemporaryPassword(String password) {
        if (password == null || password.length() < MIN_TEMPORARY_PASSWORD_LENGTH) {
            throw new DomainException(
                    Kind.INVALID,
                    "password-too-short",
                    "Kies een wachtwoord van ten minste " + MIN_TEMPORARY_PASSWORD_LENGTH + " tekens.");
        }
    }

    static DomainException accountNotFound() {
        return new DomainException(Kind.NOT_FOUND, "account-not-found", "Dit account bestaat niet.");
    }
}
