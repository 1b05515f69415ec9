// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.shared.Moments;

/**
 * Sends activation e-mails through their outbox ({@code account_activation}), as notices are sent: claimed with a
 * lease in a short transaction, sent outside any, the outcome recorded; a failure is retried with back-off by a
 * cluster-safe task, so a mail server that is down loses no link. The link's secret is made at the claim: a
 * retry sends a new one, and the secret of an e-mail that did not go out is forgotten.
 */
@Component
class ActivationDelivery {

    private static final Logger log = LoggerFactory.getLogger(ActivationDelivery.class);
    private static final Duration SEND_LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final ActivationStore store;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final SecurityLog securityLog;
    private final AccountProperties properties;
    private final String from;
    private final String baseUrl;
    private final Duration retryBackoff;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ActivationDelivery(
            ActivationStore store,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> mail,
            SecurityLog securityLog,
            AccountProperties properties,
            @Value("${verwijsindex.notification.from:verwijsindex@localhost}") String from,
            @Value("${verwijsindex.notification.base-url:http://localhost:8080}") String baseUrl,
            @Value("${verwijsindex.notification.retry-backoff:PT30S}") Duration retryBackoff,
            Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.mail = mail;
        this.securityLog = securityLog;
        this.properties = properties;
        this.from = from;
        this.baseUrl = baseUrl;
        this.retryBackoff = retryBackoff;
        this.clock = clock;
    }

    /** Sent as soon as the account (or the request for a new link) is committed. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ActivationQueued queued) {
        deliver(queued.account());
    }

    /** What is due; called by the recurring task. @return how many were attempted */
    int deliverDue(int limit) {
        List<UUID> due = store.due(limit);
        due.forEach(this::deliver);
        return due.size();
    }

    void deliver(UUID account) {
        String secret = newSecret();
        OffsetDateTime now = Moments.now(clock);
        Optional<String> claimed = transactions.execute(status ->
                store.claim(account, secret, now.plus(properties.activationLinkLifetime()), now.plus(SEND_LEASE)));
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            // An application without mail (a module test, a misconfigured start): the link waits, nothing is lost.
            failed(account, "NoMailSender");
            return;
        }
        try {
            sender.send(ActivationMail.compose(
                    from, claimed.get(), ActivationMail.link(baseUrl, secret), properties.activationLinkLifetime()));
        } catch (MailException e) {
            failed(account, e.getClass().getSimpleName());
            return;
        }
        transactions.executeWithoutResult(status -> {
            store.markSent(account);
            securityLog.activationLinkSent(account);
        });
    }

    private void failed(UUID account, String reason) {
        int attempts = 1 + store.attempts(account);
        long factor = 1L << Math.min(attempts - 1, 16);
        Duration wait = retryBackoff.multipliedBy(factor);
        OffsetDateTime next = Moments.now(clock).plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait);
        transactions.executeWithoutResult(status -> store.markFailed(account, next, reason));
        log.warn("The activation e-mail for account {} could not be sent; it is tried again at {}", account, next);
    }

    /** 256 random bits, URL-safe. */
    private String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
