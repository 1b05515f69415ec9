// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.ArrayList;
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
import nl.verwijsindex.person.YouthDied;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.shared.MessageFree;
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
        List<YouthId> claimed = queue.claimDue(limit);
        checkClaimed(claimed);
        return claimed.size();
    }

    /**
     * Checks those of these youths that are due and that nobody else is at, now. Issue 18 (docs/adr/0056): asked for
     * right after registrations commit, several at once when several wait: one claim, one read of their BSNs and one
     * question to the register for up to {@link PersonRegister#MOST_ASKED_AT_ONCE} of them, where each had its own.
     */
    void checkNow(List<YouthId> youths) {
        if (youths.isEmpty() || !register.connected()) {
            return;
        }
        checkClaimed(queue.claim(youths));
    }

    private void checkClaimed(List<YouthId> claimed) {
        for (int from = 0; from < claimed.size(); from += PersonRegister.MOST_ASKED_AT_ONCE) {
            checkTogether(claimed.subList(from, Math.min(claimed.size(), from + PersonRegister.MOST_ASKED_AT_ONCE)));
        }
    }

    /**
     * Issue 18 (docs/adr/0049): the register client's logbook entries of the questions asked here are written with the
     * first transaction that stores an answer, not each in a transaction of its own; when none stores one (the
     * register could not be asked) they are written on their own, as before.
     */
    private void checkTogether(List<YouthId> claimed) {
        Map<YouthId, Optional<Bsn>> bsns = youths.bsnsOf(claimed, this::unreadable);
        List<Bsn> deleted = logbook.joiningTheNextTransaction(() -> askAndStore(bsns));
        // R-PROOF: a youth deleted while the register was asked. The questions stay in the logbook (who asked what, and
        // when), written on their own when the work above ended; the youth's index goes.
        deleted.forEach(bsn -> logbook.forgetYouth(protection.blindIndex(bsn).bytes()));
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

    /**
     * One question about all of them ({@link CheckQuestions}), then each youth's answer stored in a short transaction of
     * its own, so one that cannot be stored fails only its own check.
     *
     * @return the BSNs of the youths deleted before their answer could be stored
     */
    private List<Bsn> askAndStore(Map<YouthId, Optional<Bsn>> bsns) {
        CheckQuestions answers = CheckQuestions.ask(
                register,
                bsns.values().stream().flatMap(Optional::stream).distinct().toList());
        if (answers.unansweredCount() > 0) {
            log.warn(
                    "Person register could not answer about {} youths; they stay due and are retried",
                    answers.unansweredCount());
        }
        List<Bsn> deleted = new ArrayList<>();
        bsns.forEach((youth, bsn) -> {
            Optional<PersonRegisterUnavailable.Reason> unanswered = bsn.flatMap(answers::unanswered);
            if (unanswered.isPresent()) {
                queue.failed(youth, unanswered.get().name());
            } else if (!stored(youth, bsn.flatMap(answers::person), answers) && bsn.isPresent()) {
                deleted.add(bsn.get());
            }
        });
        return deleted;
    }

    /**
     * R-NOBSN: a youth known by a verwijsindex number is not in the register by that number, and is stored as such.
     *
     * @return false only when the youth was deleted before the answer could be stored
     */
    private boolean stored(YouthId youth, Optional<Person> person, CheckQuestions answers) {
        List<Bsn> residents;
        try {
            residents = person.map(answers::residentsOf).orElse(List.of());
        } catch (PersonRegisterUnavailable e) {
            queue.failed(youth, e.reason().name());
            log.warn("Person register could not be asked ({}); the youth stays due and is retried", e.reason());
            return true;
        }
        try {
            return !Boolean.FALSE.equals(transactions.execute(status -> store(youth, person, residents)));
        } catch (RuntimeException e) {
            queue.failed(youth, "STORE_FAILED");
            log.error(
                    "Could not store what the person register said about a youth; it stays due and is retried",
                    MessageFree.of(e));
            return true;
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
        // issue 18: the residents the index knows in one read, where each resident took one
        Set<YouthId> residentYouths = new HashSet<>(youths.findAllByBsn(residents));
        residentYouths.remove(youth);
        Set<YouthId> knownHere = new HashSet<>(data.knownAt(addressKey, youth));
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
