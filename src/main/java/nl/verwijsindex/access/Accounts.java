package nl.verwijsindex.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.PasswordCheck.SecondFactorStep;
import nl.verwijsindex.access.internal.AccountProperties;
import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.AccountRepository.Stored;
import nl.verwijsindex.access.internal.SecretBox;
import nl.verwijsindex.access.internal.TotpCodes;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/**
 * Accounts of people: creating them, checking a password with lockout after repeated failures, and the
 * second factor (TOTP), required everywhere except in the demo run. A failure, of a password or a code,
 * counts towards the lockout and is committed even though the login fails.
 */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    private static final String ISSUER = "Verwijsindex";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TotpCodes totp;
    private final SecretBox secretBox;
    private final AccountProperties properties;
    private final Directory directory;
    private final Clock clock;
    private final AccountSessions sessions;
    /** Compared against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;

    Accounts(AccountRepository accounts, PasswordEncoder passwords, TotpCodes totp, SecretBox secretBox,
             AccountProperties properties, Directory directory, Clock clock, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwords = passwords;
        this.totp = totp;
        this.secretBox = secretBox;
        this.properties = properties;
        this.directory = directory;
        this.clock = clock;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * An account whose password someone else chose (an administrator, an organisation's coordinator): it is
     * temporary, and the person must choose their own at the next login before anything else opens.
     *
     * @throws DomainException when the username is taken or malformed, or the role's link is missing or unknown
     */
    @Transactional
    public AccountId create(NewAccount account) {
        return insert(account, true);
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
        return insert(account, false);
    }

    private AccountId insert(NewAccount account, boolean temporaryPassword) {
        String username = normalise(account.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException(Kind.INVALID, "invalid-username",
                    "Een gebruikersnaam heeft 2 tot 64 kleine letters, cijfers of de tekens . _ -.");
        }
        if (account.password() == null || account.password().isEmpty()) {
            throw new DomainException(Kind.INVALID, "password-required", "Kies een wachtwoord.");
        }
        if (account.role() == Role.PROFESSIONAL) {
            directory.contact(account.professional()).orElseThrow(() -> new DomainException(Kind.NOT_FOUND,
                    "professional-not-found", "Deze professional is niet bekend."));
        }
        UUID id = UUID.randomUUID();
        boolean inserted;
        try {
            inserted = accounts.insert(id, username, account, passwords.encode(account.password()), temporaryPassword,
                    Moments.now(clock));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // The role's link (organisation, municipality, region) is missing or names nothing that exists.
            throw new DomainException(Kind.INVALID, "account-link-unknown",
                    "Kies waar dit account bij hoort: de organisatie, gemeente of regio bestaat niet.");
        }
        if (!inserted) {
            throw new DomainException(Kind.CONFLICT, "username-taken", "Deze gebruikersnaam bestaat al, of deze professional heeft al een account.");
        }
        return new AccountId(id);
    }

    /** The username of the professional's account, if they have one (one at most). */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(ProfessionalId professional) {
        return accounts.usernameOfProfessional(professional.value());
    }

    /** Every account, for the administrator's list; {@code now} decides whether a lock still holds. */
    @Transactional(readOnly = true)
    public java.util.List<AccountOverview> overview() {
        OffsetDateTime now = Moments.now(clock);
        return accounts.all().stream().map(s -> new AccountOverview(s.account().id(), s.account().username(),
                s.account().displayName(), s.account().role(),
                s.account().professionalId() == null ? null : new ProfessionalId(s.account().professionalId()),
                s.account().organisationId() == null ? null : new OrganisationId(s.account().organisationId()),
                s.account().municipalityCode(), s.account().regionCode(), lockedAt(s, now),
                s.sealedSecondFactorSecret() != null)).toList();
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
        if (!accounts.replacePassword(id.value(), passwords.encode(temporaryPassword), true)) {
            throw accountNotFound();
        }
        // Whoever is logged in with the old password, perhaps the one who made the reset necessary, is out.
        sessions.endAll(id);
    }

    /** The person lost their authenticator app: they set up the second factor again at their next login. */
    @Transactional
    public void resetSecondFactor(AccountId id) {
        if (!accounts.clearSecondFactor(id.value())) {
            throw accountNotFound();
        }
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

    /** The length a password set by an administrator must have; the person is told it to log in with. */
    public static final int MIN_TEMPORARY_PASSWORD_LENGTH = 12;

    /** The length a password the person chooses themselves must have. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /**
     * The person replaces the temporary password they just logged in with by one of their own, which must be
     * long enough and not the same. Only while the account has a temporary password.
     */
    @Transactional
    public PasswordChange replaceTemporaryPassword(AccountId id, String chosen) {
        Stored stored = accounts.lock(id.value()).orElseThrow(Accounts::accountNotFound);
        if (!stored.passwordMustChange()) {
            return PasswordChange.NOT_PENDING;
        }
        return replace(stored, chosen);
    }

    /**
     * The person changes their own password. A wrong current password counts towards the lockout as a failed
     * login does, and is committed although nothing changes.
     */
    @Transactional
    public PasswordChange changePassword(AccountId id, String current, String chosen) {
        Stored stored = accounts.lock(id.value()).orElseThrow(Accounts::accountNotFound);
        OffsetDateTime now = Moments.now(clock);
        if (lockedAt(stored, now)) {
            return PasswordChange.LOCKED;
        }
        if (current == null || !passwords.matches(current, stored.passwordHash())) {
            return failure(id.value(), now).isPresent() ? PasswordChange.LOCKED : PasswordChange.WRONG_CURRENT;
        }
        return replace(stored, chosen);
    }

    private PasswordChange replace(Stored stored, String chosen) {
        if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
            return PasswordChange.TOO_SHORT;
        }
        if (passwords.matches(chosen, stored.passwordHash())) {
            return PasswordChange.SAME_AS_BEFORE;
        }
        accounts.replacePassword(stored.account().accountId(), passwords.encode(chosen), false);
        return PasswordChange.CHANGED;
    }

    /** @throws DomainException invalid when the password set by an administrator is too short */
    public static void requireTemporaryPassword(String password) {
        if (password == null || password.length() < MIN_TEMPORARY_PASSWORD_LENGTH) {
            throw new DomainException(Kind.INVALID, "password-too-short",
                    "Kies een wachtwoord van ten minste " + MIN_TEMPORARY_PASSWORD_LENGTH + " tekens.");
        }
    }

    private static DomainException accountNotFound() {
        return new DomainException(Kind.NOT_FOUND, "account-not-found", "Dit account bestaat niet.");
    }

    public boolean exists(String username) {
        return accounts.findByUsername(normalise(username)).isPresent();
    }

    public boolean secondFactorRequired() {
        return properties.secondFactorRequired();
    }

    /** Username and password; a failure counts towards the lockout. */
    @Transactional
    public PasswordCheck checkPassword(String username, String password) {
        Optional<Stored> found = accounts.findByUsername(normalise(username));
        if (found.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, unknownUserHash);
            return new PasswordCheck.Refused();
        }
        Stored stored = found.get();
        OffsetDateTime now = Moments.now(clock);
        if (lockedAt(stored, now)) {
            return new PasswordCheck.Locked(stored.lockedUntil());
        }
        if (!passwords.matches(password, stored.passwordHash())) {
            return failure(stored.account().accountId(), now)
                    .<PasswordCheck>map(PasswordCheck.Locked::new)
                    .orElseGet(PasswordCheck.Refused::new);
        }
        if (stored.professionalLeftOn() != null && !stored.professionalLeftOn().isAfter(LocalDate.now(clock))) {
            return new PasswordCheck.Refused();
        }
        SecondFactorStep next = stored.sealedSecondFactorSecret() != null ? SecondFactorStep.VERIFY
                : properties.secondFactorRequired() ? SecondFactorStep.ENROL : SecondFactorStep.NONE;
        if (next == SecondFactorStep.NONE) {
            accounts.recordSuccess(stored.account().accountId());
        }
        return new PasswordCheck.Accepted(stored.account(), next, stored.passwordMustChange());
    }

    /**
     * A fresh secret, sealed for the session to keep; shown with {@link #show} and stored only by
     * {@link #confirmEnrolment}.
     */
    public PendingEnrolment newEnrolment(SignedInAccount account) {
        if (!secretBox.available()) {
            throw new DomainException(Kind.CONFLICT, "second-factor-unavailable",
                    "De tweede stap is op deze installatie niet ingesteld. Neem contact op met de beheerder.");
        }
        return new PendingEnrolment(account.id(), secretBox.seal(account.accountId(), totp.newSecret()));
    }

    /** The secret being set up, to show on the set-up page (as text and as a QR code). */
    public SecondFactorEnrolment show(SignedInAccount account, PendingEnrolment pending) {
        String secret = open(account.id(), pending);
        return new SecondFactorEnrolment(secret, totp.otpauthUri(ISSUER, account.username(), secret),
                totp.qrImageUri(ISSUER, account.username(), secret));
    }

    private String open(AccountId id, PendingEnrolment pending) {
        if (!pending.account().equals(id)) {
            throw new IllegalArgumentException("the enrolment of account " + pending.account() + " is not for account " + id);
        }
        return secretBox.open(id.value(), pending.sealedSecret());
    }

    /** Stores the secret once a code made with it proves the app has it. Only for an account without one. */
    @Transactional
    public SecondFactorCheck confirmEnrolment(AccountId id, PendingEnrolment pending, String code) {
        String secret = pending == null ? null : open(id, pending);
        Stored stored = accounts.lock(id.value()).orElseThrow();
        OffsetDateTime now = Moments.now(clock);
        if (lockedAt(stored, now)) {
            return SecondFactorCheck.LOCKED;
        }
        if (stored.sealedSecondFactorSecret() != null || secret == null) {
            return SecondFactorCheck.REFUSED;
        }
        OptionalLong step = totp.verify(secret, code, -1);
        if (step.isEmpty()) {
            return failure(id.value(), now).isPresent() ? SecondFactorCheck.LOCKED : SecondFactorCheck.REFUSED;
        }
        accounts.saveSecondFactor(id.value(), secretBox.seal(id.value(), secret), step.getAsLong());
        accounts.recordSuccess(id.value());
        return SecondFactorCheck.ACCEPTED;
    }

    @Transactional
    public SecondFactorCheck verifySecondFactor(AccountId id, String code) {
        Stored stored = accounts.lock(id.value()).orElseThrow();
        OffsetDateTime now = Moments.now(clock);
        if (lockedAt(stored, now)) {
            return SecondFactorCheck.LOCKED;
        }
        if (stored.sealedSecondFactorSecret() == null) {
            return SecondFactorCheck.REFUSED;
        }
        String secret = secretBox.open(id.value(), stored.sealedSecondFactorSecret());
        OptionalLong step = totp.verify(secret, code, stored.lastUsedStep());
        if (step.isEmpty()) {
            return failure(id.value(), now).isPresent() ? SecondFactorCheck.LOCKED : SecondFactorCheck.REFUSED;
        }
        accounts.recordUsedStep(id.value(), step.getAsLong());
        accounts.recordSuccess(id.value());
        return SecondFactorCheck.ACCEPTED;
    }

    private boolean lockedAt(Stored stored, OffsetDateTime now) {
        return stored.lockedUntil() != null && stored.lockedUntil().isAfter(now);
    }

    /** Counts a failure; the moment the account is locked until, when this one locked it. */
    private Optional<OffsetDateTime> failure(UUID id, OffsetDateTime now) {
        OffsetDateTime until = now.plus(properties.lockDuration());
        accounts.recordFailure(id, properties.maxFailedAttempts(), until);
        return accounts.find(id).map(Stored::lockedUntil).filter(t -> t.isAfter(now));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
