// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.internal.AccountRepository;
import nl.verwijsindex.access.internal.ActivationQueued;
import nl.verwijsindex.access.internal.ActivationStore;
import nl.verwijsindex.access.internal.SecurityLog;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * Issue 12, closed to insiders: a new account gets a one-time activation link by e-mail, and on its page the person
 * chooses their own password; whoever made the account (an organisation's coordinator, the administrator) never
 * chooses or sees it (ADR 0035). The link works once, for {@code verwijsindex.accounts.activation-link-lifetime}
 * after it was sent; a new link stops the previous one. A professional's link goes to the address in the directory,
 * any other role's to the address the administrator gave.
 */
@Service
public class AccountActivations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountAdministration administration;
    private final AccountRepository accounts;
    private final ActivationStore activations;
    private final Directory directory;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final SecurityLog securityLog;
    private final ApplicationEventPublisher events;

    AccountActivations(
            AccountAdministration administration,
            AccountRepository accounts,
            ActivationStore activations,
            Directory directory,
            PasswordEncoder passwords,
            AccountSessions sessions,
            SecurityLog securityLog,
            ApplicationEventPublisher events) {
        this.administration = administration;
        this.accounts = accounts;
        this.activations = activations;
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.events = events;
    }

    /**
     * Creates the account, which cannot log in yet, and queues its activation e-mail, sent once this commits.
     *
     * @param email where the link goes; ignored for a professional, whose address is the directory's
     * @throws DomainException as {@link AccountAdministration#create}, and invalid for a missing or malformed address
     */
    @Transactional
    public AccountId invite(NewAccount account, String email) {
        String address = account.role() == Role.PROFESSIONAL ? null : requireEmail(email);
        AccountId id = administration.createAwaitingActivation(account);
        queue(id, address != null ? address : professionalEmail(id));
        return id;
    }

    /**
     * A new link for an account that has not been activated yet; the previous link stops working. To a
     * professional's current address in the directory, else to where the last link went.
     *
     * @throws DomainException not found for an unknown account, conflict when the account was already activated
     */
    @Transactional
    public void sendNewLink(AccountId id) {
        AccountRepository.Stored stored = accounts.find(id.value()).orElseThrow(AccountAdministration::accountNotFound);
        if (!activations.pending(id.value())) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "account-already-activated",
                    "Dit account is al in gebruik genomen. Een nieuwe link is niet nodig.");
        }
        String address = stored.account().role() == Role.PROFESSIONAL
                ? professionalEmail(id)
                : activations.emailOf(id.value()).orElseThrow(AccountAdministration::accountNotFound);
        queue(id, address);
    }

    /** {@link #sendNewLink(AccountId)} for the professional's account. */
    @Transactional
    public void sendNewLink(ProfessionalId professional) {
        sendNewLink(accountOf(professional).orElseThrow(AccountAdministration::accountNotFound));
    }

    /** Whether the professional has an account that waits for its activation link to be used. */
    @Transactional(readOnly = true)
    public boolean awaitingActivation(ProfessionalId professional) {
        return accountOf(professional).map(this::awaitingActivation).orElse(false);
    }

    private Optional<AccountId> accountOf(ProfessionalId professional) {
        return accounts.usernameOfProfessional(professional.value())
                .flatMap(accounts::findByUsername)
                .map(s -> s.account().id());
    }

    /** Whether the account waits for its activation link to be used. */
    @Transactional(readOnly = true)
    public boolean awaitingActivation(AccountId id) {
        return activations.pending(id.value());
    }

    /** The username the link is for, while it works: the page shows it, the e-mail does not. */
    @Transactional(readOnly = true)
    public Optional<String> usernameFor(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return activations
                .working(secret, false)
                .flatMap(accounts::find)
                .map(s -> s.account().username());
    }

    /**
     * The person chooses their password with the link; the link never works again. A link that does not work
     * (unknown, used, expired, replaced) changes nothing.
     */
    @Transactional
    public Activation activate(String secret, String chosen) {
        if (secret == null || secret.isBlank()) {
            return Activation.LINK_NOT_WORKING;
        }
        Optional<UUID> account = activations.working(secret, true);
        if (account.isEmpty()) {
            return Activation.LINK_NOT_WORKING;
        }
        if (chosen == null || chosen.length() < PasswordChanges.MIN_PASSWORD_LENGTH) {
            return Activation.TOO_SHORT;
        }
        accounts.replacePassword(account.get(), passwords.encode(chosen), null);
        accounts.unlock(account.get());
        activations.markUsed(account.get());
        securityLog.accountActivated(account.get());
        sessions.endAll(new AccountId(account.get()));
        return Activation.ACTIVATED;
    }

    private void queue(AccountId id, String email) {
        activations.queue(id.value(), email);
        events.publishEvent(new ActivationQueued(id.value()));
    }

    private String professionalEmail(AccountId id) {
        return accounts.find(id.value())
                .map(s -> s.account().professionalId())
                .flatMap(p -> directory.contact(new ProfessionalId(p)))
                .map(c -> c.email())
                .filter(e -> e != null && !e.isBlank())
                .orElseThrow(() -> new DomainException(
                        Kind.INVALID,
                        "email-required",
                        "Van deze professional is geen e-mailadres bekend. Vul dat eerst in bij de contactgegevens."));
    }

    private static String requireEmail(String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty()
                || trimmed.length() > 254
                || !EMAIL.matcher(trimmed).matches()) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-email",
                    "Vul een e-mailadres in als naam@voorbeeld.nl. Daarheen gaat de link om het account te activeren.");
        }
        return trimmed;
    }

    /** The answer to using an activation link. */
    public enum Activation {
        /** The password is set; the person logs in with it (and sets up the second factor where the role needs it). */
        ACTIVATED,
        /** Unknown, used, expired or replaced by a newer link: nothing changed. */
        LINK_NOT_WORKING,
        /** Shorter than {@link PasswordChanges#MIN_PASSWORD_LENGTH}; the link still works. */
        TOO_SHORT
    }
}
