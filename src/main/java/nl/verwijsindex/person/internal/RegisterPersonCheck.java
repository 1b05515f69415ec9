// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.person.YouthDied;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.UnreadableBsn;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * Asks the register about due youths, one at a time: the question outside any transaction, the answer
 * stored in a short one with the youth locked, and what changed announced (moves, deaths, fresh data). Which
 * youths are due is the {@link PersonCheckQueue}'s business, what is kept of the answer {@link PersonData}'s.
 */
@Service
class RegisterPersonCheck implements PersonCheck {

    private static final Logger log = LoggerFactory.getLogger(RegisterPersonCheck.class);
    private static final int PAGE = 1000;
    static final String UNREADABLE = "BSN_UNREADABLE";

    private final PersonRegister register;
    private final PersonCheckQueue queue;
    private final PersonData data;
    private final Youths youths;
    private final Signals signals;
    private final BsnProtection protection;
    private final AddressKeys addressKeys;
    private final OlderKeyComparison olderKeys;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;

    RegisterPersonCheck(
            PersonRegister register,
            PersonCheckQueue queue,
            PersonData data,
            Youths youths,
            Signals signals,
            BsnProtection protection,
            AddressKeys addressKeys,
            OlderKeyComparison olderKeys,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Logbook logbook) {
        this.register = register;
        this.queue = queue;
        this.data = data;
        this.youths = youths;
        this.signals = signals;
        this.protection = protection;
        this.addressKeys = addressKeys;
        this.olderKeys = olderKeys;
        this.transactions = transactions;
        this.events = events;
        this.logbook = logbook;
    }

    @Override
    public int recheckAll() {
        int marked = 0;
        long after = 0;
        List<YouthId> page;
        do {
            page = signals.youthsWithActiveSignals(after, PAGE);
            List<YouthId> batch = page;
            transactions.executeWithoutResult(status -> batch.forEach(queue::markDueIfNotAlready));
            marked += page.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).value();
            }
        } while (page.size() == PAGE);
        log.info("Person register re-check: {} youths with an active signal are due", marked);
        return marked;
    }

    @Override
    public int checkDue(int limit) {
        if (!register.connected()) {
            return 0;
        }
        int checked = 0;
        for (YouthId youth : queue.claimDue(limit)) {
            check(youth);
            checked++;
        }
        return checked;
    }

    /**
     * Checks one youth now, if it is due and nobody else is at it. Issue 18 (docs/adr/0049): the claim and the read of
     * the youth's BSN in one transaction, where they were two.
     */
    void checkNow(YouthId youth) {
        if (!register.connected()) {
            return;
        }
        Optional<Optional<Bsn>> claimed;
        try {
            claimed = transactions.execute(
                    status -> queue.claim(youth) ? Optional.of(youths.bsnOf(youth)) : Optional.<Optional<Bsn>>empty());
        } catch (UnreadableBsn e) {
            unreadable(youth, e);
            return;
        }
        if (claimed != null && claimed.isPresent()) {
            check(youth, claimed.get());
        }
    }

    /**
     * Issue 18 (docs/adr/0049): the register client's logbook entries of the questions asked here are written with the
     * transaction that stores the answer, not each in a transaction of its own; when none stores it (the register
     * could not be asked) they are written on their own, as before.
     */
    private void check(YouthId youth) {
        Optional<Bsn> bsn;
        try {
            bsn = youths.bsnOf(youth);
        } catch (UnreadableBsn e) {
            unreadable(youth, e);
            return;
        }
        check(youth, bsn);
    }

    /**
     * A BSN that cannot be decrypted (its key not configured, a damaged row) fails this youth's check, with the
     * back-off of any failure and the reason in the health component, instead of the batch it came in: the oldest
     * due youth is claimed first, so one such youth would otherwise hold up every run after it.
     */
    private void unreadable(YouthId youth, UnreadableBsn e) {
        queue.failed(youth, UNREADABLE);
        log.error("A youth's BSN could not be read ({}); its check is retried with a back-off", e.getMessage());
    }

    private void check(YouthId youth, Optional<Bsn> bsn) {
        boolean deleted = logbook.joiningTheNextTransaction(() -> askAndStore(youth, bsn));
        if (deleted) {
            // R-PROOF: the youth was deleted while the register was asked. The questions stay in the logbook (who
            // asked what, and when), written on their own when the work above ended; the youth's index goes.
            bsn.ifPresent(b -> logbook.forgetYouth(protection.blindIndex(b).bytes()));
        }
    }

    /** @return whether the youth was deleted before the answer could be stored */
    private boolean askAndStore(YouthId youth, Optional<Bsn> bsn) {
        if (bsn.isEmpty()) {
            // R-NOBSN: a youth known by a verwijsindex number is not in the register by that number.
            transactions.executeWithoutResult(status -> store(youth, Optional.empty(), List.of()));
            return false;
        }
        Optional<Person> person;
        List<Bsn> residents;
        try {
            person = register.find(bsn.get(), Purpose.CHECK);
            residents = person.flatMap(Person::residence)
                    .filter(r -> r.addressableObjectId() != null)
                    .map(r -> register.residents(r.addressableObjectId()))
                    .orElse(List.of());
        } catch (PersonRegisterUnavailable e) {
            queue.failed(youth, e.reason().name());
            log.warn("Person register could not be asked ({}); the youth stays due and is retried", e.reason());
            return false;
        }
        try {
            return Boolean.FALSE.equals(transactions.execute(status -> store(youth, person, residents)));
        } catch (RuntimeException e) {
            queue.failed(youth, "STORE_FAILED");
            log.error("Could not store what the person register said about a youth; it stays due and is retried", e);
            return false;
        }
    }

    /**
     * @return whether the youth was still there; while this transaction holds it, a deletion waits, and the
     *     register's logbook entries are written with it (so a deletion after it finds them and clears the index)
     */
    private boolean store(YouthId youth, Optional<Person> found, List<Bsn> residents) {
        if (youths.lock(youth).isEmpty()) {
            return false;
        }
        logbook.writeHeldWithThisTransaction();
        if (found.flatMap(Person::died).isPresent()) {
            // R-DEATH: the listeners delete every signal of the youth, and with the youth this row.
            events.publishEvent(new YouthDied(youth));
            return true;
        }
        Optional<Person.Residence> residence = found.flatMap(Person::residence);
        byte[] addressKey = residence
                .map(Person.Residence::addressableObjectId)
                .map(addressKeys::of)
                .orElse(null);
        String municipality = residence.map(Person.Residence::municipalityCode).orElse(null);
        List<byte[]> parentKeys = found.map(p -> p.parents().stream()
                        .map(b -> protection.blindIndex(b).bytes())
                        .toList())
                .orElse(List.of());
        data.lockKeys(parentKeys, addressKey);

        found.map(Person::birthDate).ifPresent(date -> youths.correctBirthDate(youth, date));
        PersonData.Replaced replaced = data.store(youth, found.isPresent(), parentKeys, addressKey, municipality);
        PersonData.Stored previous = replaced.previous();
        boolean parentsChanged = replaced.parentsChanged();

        if (addressKey != null) {
            markMovedResidentsDue(youth, addressKey, residents);
        }
        if (previous.current()
                && previous.addressKey() != null
                && found.isPresent()
                && !olderKeys.sameAddress(previous, residence)) {
            events.publishEvent(new YouthMoved(youth, previous.municipality(), municipality));
        }
        found.flatMap(person -> olderKeys.keysMoved(youth, previous, person)).ifPresent(events::publishEvent);
        events.publishEvent(new PersonDataRefreshed(
                youth, parentsChanged || !Objects.equals(previous.municipality(), municipality)));
        return true;
    }

    /**
     * The register's residents of the address are the truth: youths in the index it lists who are not known
     * here at this address moved in, and those known here it does not list moved out. Each is checked soon,
     * which notices their move and makes or keeps their address matches right.
     */
    private void markMovedResidentsDue(YouthId youth, byte[] addressKey, List<Bsn> residents) {
        Set<YouthId> residentYouths = new HashSet<>();
        for (Bsn resident : residents) {
            youths.findByBsn(resident).filter(id -> !id.equals(youth)).ifPresent(residentYouths::add);
        }
        Set<YouthId> knownHere = data.knownAt(addressKey, youth);
        Set<YouthId> changed = new HashSet<>(residentYouths);
        changed.removeAll(knownHere);
        Set<YouthId> movedOut = new HashSet<>(knownHere);
        movedOut.removeAll(residentYouths);
        changed.addAll(movedOut);
        changed.forEach(queue::markDueIfNotAlready);
    }

    @Override
    public int queueRekeying(int limit) {
        return transactions.execute(status -> data.queueRekeying(limit));
    }

    @Override
    public Map<Integer, Long> keyUse() {
        return data.keyUse();
    }

    @Override
    public Status status() {
        PersonCheckQueue.Waiting waiting = queue.waiting();
        return new Status(register.connected(), waiting.due(), waiting.failing(), waiting.lastError());
    }
}
