package nl.verwijsindex.signal;

import nl.verwijsindex.shared.Moments;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Registrant;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.RegistrationOutcome.Result;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * Registers signals. One transaction does it all, with the youth locked: the signal, its archive hits,
 * the idempotency record, the logbook entry and (through {@link SignalRegistered}) the matches. Either
 * everything is written or nothing is.
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

    SignalRegistration(Directory directory, Youths youths, BsnProtection protection, SignalRepository signals,
                       IdempotencyStore idempotency, SignalPresenter presenter, ApplicationEventPublisher events,
                       Logbook logbook, Clock clock) {
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

    @Transactional
    public RegistrationOutcome register(RegisterSignal command) {
        LocalDate today = LocalDate.now(clock);
        Registrant registrant = directory.authoriseRegistrant(command.organisation(), command.professional(),
                command.regionCode(), today);
        YouthAge.requireYouth(command.birthDate(), today);
        Signal.requireGroundsConfirmed(command.groundsConfirmed());

        SignalId id = SignalId.random();
        if (command.idempotencyKey().isPresent()) {
            Optional<RegistrationOutcome> replay = replayOf(command, id);
            if (replay.isPresent()) {
                return replay.get();
            }
        }

        IdentifiedYouth youth = youths.identifyAndLock(command.bsn(), command.birthDate());
        // The index may know the youth with another birth date (a typing error on either side): R-YOUTH
        // must hold for the date it keeps, which R-AGE-23 will act on.
        YouthAge.requireYouth(youth.birthDate(), today);
        SignalRepository.OnYouth onYouth = signals.onYouth(youth.id(), registrant.professionalId());
        if (onYouth.ownActive().isPresent()) {
            Signal existing = onYouth.ownActive().get();
            command.idempotencyKey().ifPresent(key -> idempotency.redirect(command.organisation(), key, existing.id()));
            return new RegistrationOutcome(presenter.view(existing, command.bsn()), Result.ALREADY_ACTIVE, List.of());
        }

        Signal signal = Signal.register(id, youth.id(), registrant.professionalId(), registrant.organisationId(),
                registrant.regionCode(), true, clock);
        signals.insert(signal);
        List<Signal> archived = onYouth.archiveHitsForNewcomer();
        for (Signal hit : archived) {
            signals.recordArchiveHit(signal.id(), hit.id(), signal.registeredAt());
        }

        logbook.record(entry(Action.SIGNAL_REGISTERED, command, youth, signal.id(), null));
        for (Signal hit : archived) {
            logbook.record(entry(Action.ARCHIVE_HIT_SHOWN, command, youth, signal.id(), hit.id().toString()));
        }
        events.publishEvent(new SignalRegistered(signal.id(), youth.id(), registrant.professionalId(),
                registrant.organisationId(), registrant.regionCode()));

        return new RegistrationOutcome(presenter.view(signal, command.bsn()), Result.CREATED, presenter.archiveHits(archived));
    }

    private Optional<RegistrationOutcome> replayOf(RegisterSignal command, SignalId intended) {
        String key = command.idempotencyKey().get();
        byte[] fingerprint = fingerprint(command);
        return idempotency.claim(command.organisation(), key, fingerprint, intended, Moments.now(clock))
                .map(claim -> {
                    if (!MessageDigest.isEqual(claim.fingerprint(), fingerprint)) {
                        throw new DomainException(Kind.CONFLICT, "idempotency-key-reused",
                                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik per verzoek een nieuwe sleutel.");
                    }
                    Signal signal = claim.signal().flatMap(signals::find).orElseThrow(() -> new DomainException(
                            Kind.CONFLICT, "idempotency-key-reused",
                            "Het signaal van het eerdere verzoek met deze Idempotency-Key bestaat niet meer."));
                    return new RegistrationOutcome(presenter.view(signal, command.bsn()), Result.REPLAYED,
                            presenter.archiveHits(signals.archiveHitsOf(signal.id())));
                });
    }

    /** Keyed, so the fingerprint of a request reveals nothing about the BSN in it. */
    private byte[] fingerprint(RegisterSignal c) {
        String canonical = String.join("|", "register-signal", c.professional().toString(),
                HexFormat.of().formatHex(protection.blindIndex(c.bsn()).bytes()), c.birthDate().toString(),
                Boolean.toString(c.groundsConfirmed()), c.regionCode().orElse(""));
        return protection.keyedDigest(canonical);
    }

    private static LogbookEntry entry(Action action, RegisterSignal c, IdentifiedYouth youth, SignalId signal, String subject) {
        return new LogbookEntry(action, c.actor(), c.professional().value(), c.organisation().value(),
                youth.blindIndex().bytes(), signal.value(), subject);
    }
}
