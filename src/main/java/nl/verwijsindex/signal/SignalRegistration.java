// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Registrant;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.RegistrationOutcome.Result;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.Surname;
import nl.verwijsindex.youth.ViNumber;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.YouthIdentity;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * Registers signals. One transaction does it all, with the youth locked: the signal, its archive hits, the idempotency
 * record, the logbook entry and (through {@link SignalRegistered}) the matches. All is written or nothing is.
 */
@Service
public class SignalRegistration {

    private final Directory directory;
    private final Youths youths;
    private final BsnProtection protection;
    private final SignalRepository signals;
    private final IdempotencyStore idempotency;
    private final SignalPresenter presenter;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;
    private final Clock clock;
    private final BsnResolver resolver;
    private final RegisterVerification verification;
    private final TransactionTemplate transactions;

    SignalRegistration(
            Directory directory,
            Youths youths,
            BsnProtection protection,
            SignalRepository signals,
            IdempotencyStore idempotency,
            SignalPresenter presenter,
            ApplicationEventPublisher events,
            Logbook logbook,
            Clock clock,
            BsnResolver resolver,
            RegisterVerification verification,
            TransactionTemplate transactions) {
        this.resolver = resolver;
        this.verification = verification;
        this.transactions = transactions;
        this.directory = directory;
        this.youths = youths;
        this.protection = protection;
        this.signals = signals;
        this.idempotency = idempotency;
        this.presenter = presenter;
        this.events = events;
        this.logbook = logbook;
        this.clock = clock;
    }

    /**
     * Registers a signal. Who may register, for whom and on what grounds is settled first; only then is the
     * person register asked (issue 12 §2), outside the database transaction: for a youth named by other
     * identifying data to find the BSN (R-BSN-HIDDEN), for a youth named by BSN to check the birth date.
     */
    public RegistrationOutcome register(RegisterSignal command) {
        // Issue 18: the logbook entry of the person register's answer is written with the registration (ADR 0047).
        return logbook.joiningTheNextTransaction(() -> registerAfterAsking(command));
    }

    private RegistrationOutcome registerAfterAsking(RegisterSignal command) {
        LocalDate today = LocalDate.now(clock);
        Registrant registrant = directory.authoriseRegistrant(
                command.organisation(), command.professional(), command.regionCode(), today);
        YouthAge.requireYouth(command.birthDate(), today);
        Signal.requireGroundsConfirmed(command.groundsConfirmed());
        Identified identified = identify(command, registrant, today);
        // Issue 18: the transaction registers for the registrant authorised above rather than reading the directory
        // again: a read without a lock would not keep the professional from leaving before the commit.
        return transactions.execute(status -> register(command, identified, registrant));
    }

    private Identified identify(RegisterSignal command, Registrant registrant, LocalDate today) {
        YouthReference youth = command.youth();
        Asker asker = new Asker(command.actor(), command.organisation(), command.professional());
        if (youth instanceof YouthReference.ByBsn byBsn) {
            if (!registrant.bsnAuthorised()) {
                throw new DomainException(
                        Kind.FORBIDDEN,
                        "bsn-not-authorised",
                        "Uw organisatie mag het BSN niet gebruiken. Registreer met achternaam, geboortedatum en geslacht.");
            }
            verification
                    .birthDate(byBsn.bsn(), asker)
                    .ifPresent(registered -> requireBirthDate(command, registered, today));
            return new Identified(protection.blindIndex(byBsn.bsn()), YouthIdentity.of(byBsn.bsn()), null);
        }
        if (youth instanceof YouthReference.ByPersonData person) {
            requirePersonData(person.surname(), person.genderCode());
            Bsn bsn = resolver.resolve(person, asker);
            return new Identified(protection.blindIndex(bsn), YouthIdentity.of(bsn), null);
        }
        YouthReference.WithoutBsn without = (YouthReference.WithoutBsn) youth;
        requirePersonData(without.surname(), without.genderCode());
        ViNumber number = ViNumber.derive(without.surname(), without.birthDate(), without.genderCode(), protection);
        return new Identified(number.blindIndex(), YouthIdentity.of(number), number);
    }

    /**
     * Issue 12 §2: the register's birth date must be the one given, and R-YOUTH holds for it; the answer never
     * says what the register has (no lookup service).
     */
    private static void requireBirthDate(RegisterSignal command, LocalDate registered, LocalDate today) {
        if (!registered.equals(command.birthDate())) {
            throw new DomainException(
                    Kind.INVALID,
                    "birth-date-mismatch",
                    "De geboortedatum past niet bij dit BSN volgens de BRP. Controleer het BSN en de geboortedatum; "
                            + "er is niets geregistreerd.");
        }
        YouthAge.requireYouth(registered, today);
    }

    private static void requirePersonData(String surname, String genderCode) {
        Surname.parse(surname);
        if (genderCode == null || !genderCode.matches("[MmVvOo]")) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-gender",
                    "Kies het geslacht zoals het in de BRP staat: M (man), V (vrouw) of O (onbekend).");
        }
    }

    private RegistrationOutcome register(RegisterSignal command, Identified identified, Registrant registrant) {
        LocalDate today = LocalDate.now(clock);

        SignalId id = SignalId.random();
        if (command.idempotencyKey().isPresent()) {
            Optional<RegistrationOutcome> replay = replayOf(command, identified, id);
            if (replay.isPresent()) {
                return replay.get();
            }
        }

        IdentifiedYouth youth = identified.identity().bsn().isPresent()
                ? youths.identifyAndLock(identified.identity().bsn().get(), command.birthDate())
                : youths.identifyAndLock(identified.number(), command.birthDate());
        // The index may know the youth with another birth date (a typo either side): R-YOUTH holds for its date.
        YouthAge.requireYouth(youth.birthDate(), today);
        SignalRepository.OnYouth onYouth = youth.created()
                ? SignalRepository.OnYouth.NEW_YOUTH
                : signals.onYouth(youth.id(), registrant.professionalId());
        if (onYouth.ownActive().isPresent()) {
            Signal existing = onYouth.ownActive().get();
            command.idempotencyKey().ifPresent(key -> idempotency.redirect(command.organisation(), key, existing.id()));
            return new RegistrationOutcome(
                    presenter.view(existing, identified.identity(), registrant), Result.ALREADY_ACTIVE, List.of());
        }

        // read with the youth locked, so no other registration adds one meanwhile
        boolean firstOfYouth = !onYouth.any();
        Signal signal = Signal.register(
                id,
                youth.id(),
                registrant.professionalId(),
                registrant.organisationId(),
                registrant.regionCode(),
                true,
                clock);
        signals.insert(signal);
        List<Signal> archived = onYouth.archiveHitsForNewcomer();
        for (Signal hit : archived) {
            signals.recordArchiveHit(signal.id(), hit.id(), signal.registeredAt());
        }

        logbook.record(entry(Action.SIGNAL_REGISTERED, command, youth, signal.id(), null));
        for (Signal hit : archived) {
            logbook.record(entry(
                    Action.ARCHIVE_HIT_SHOWN,
                    command,
                    youth,
                    signal.id(),
                    hit.id().toString()));
        }
        events.publishEvent(new SignalRegistered(
                signal.id(),
                youth.id(),
                registrant.professionalId(),
                registrant.organisationId(),
                registrant.regionCode(),
                firstOfYouth,
                registrant.categoryCode(),
                youth.created()));

        return new RegistrationOutcome(
                presenter.view(signal, identified.identity(), registrant),
                Result.CREATED,
                presenter.archiveHits(archived));
    }

    /** The youth as named: blind index, what to show, and without a BSN the number with older indexes (ADR 0022). */
    private record Identified(BlindIndex index, YouthIdentity identity, ViNumber number) {}

    private Optional<RegistrationOutcome> replayOf(RegisterSignal command, Identified identified, SignalId intended) {
        String key = command.idempotencyKey().get();
        byte[] fingerprint = fingerprint(command, identified.index());
        return idempotency
                .claim(command.organisation(), key, fingerprint, intended, Moments.now(clock))
                .map(claim -> {
                    if (!MessageDigest.isEqual(claim.fingerprint(), fingerprint)
                            && !fingerprintUnderAnOlderKey(command, identified, claim.fingerprint())) {
                        throw new DomainException(
                                Kind.CONFLICT,
                                "idempotency-key-reused",
                                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik per verzoek een nieuwe sleutel.");
                    }
                    Signal signal = claim.signal()
                            .flatMap(signals::find)
                            .orElseThrow(() -> new DomainException(
                                    Kind.CONFLICT,
                                    "idempotency-key-reused",
                                    "Het signaal van het eerdere verzoek met deze Idempotency-Key bestaat niet meer."));
                    return new RegistrationOutcome(
                            presenter.view(signal, identified.identity()),
                            claim.firstResult(),
                            presenter.archiveHits(signals.archiveHitsOf(signal.id())),
                            true);
                });
    }

    /**
     * ADR 0022: a retry that spans a key rotation was fingerprinted under the key that was current then. A
     * youth known by a verwijsindex number is checked under the current key only.
     */
    private boolean fingerprintUnderAnOlderKey(RegisterSignal command, Identified identified, byte[] stored) {
        return identified.identity().bsn().isPresent()
                && protection.activeKeyIds().stream()
                        .filter(id -> id != protection.currentKeyId())
                        .anyMatch(id -> MessageDigest.isEqual(
                                stored,
                                fingerprint(
                                        id,
                                        command,
                                        protection.blindIndex(
                                                id, identified.identity().bsn().get()))));
    }

    private byte[] fingerprint(RegisterSignal c, BlindIndex youth) {
        return fingerprint(protection.currentKeyId(), c, youth);
    }

    /** Keyed, so the fingerprint of a request reveals nothing about the BSN in it. */
    private byte[] fingerprint(int keyId, RegisterSignal c, BlindIndex youth) {
        String canonical = String.join(
                "|",
                "register-signal",
                c.professional().toString(),
                HexFormat.of().formatHex(youth.bytes()),
                c.birthDate().toString(),
                Boolean.toString(c.groundsConfirmed()),
                c.regionCode().orElse(""));
        return protection.keyedDigest(keyId, canonical);
    }

    private static LogbookEntry entry(
            Action action, RegisterSignal c, IdentifiedYouth youth, SignalId signal, String subject) {
        return new LogbookEntry(
                action,
                c.actor(),
                c.professional().value(),
                c.organisation().value(),
                youth.blindIndex().bytes(),
                signal.value(),
                subject);
    }
}
