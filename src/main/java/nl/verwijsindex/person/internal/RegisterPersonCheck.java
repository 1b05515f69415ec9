package nl.verwijsindex.person.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.YouthDied;
import nl.verwijsindex.person.YouthMoved;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * Asks the register about due youths, one at a time: the question outside any transaction, the answer
 * stored in a short one with the youth locked. A claim is a lease, so two instances never ask about the
 * same youth at once and a stopped instance's claim runs out.
 */
@Service
class RegisterPersonCheck implements PersonCheck {

    private static final Logger log = LoggerFactory.getLogger(RegisterPersonCheck.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int PAGE = 1000;

    private final PersonRegister register;
    private final Youths youths;
    private final Signals signals;
    private final BsnProtection protection;
    private final AddressKeys addressKeys;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retryBackoff;
    private final Duration maxBackoff;

    RegisterPersonCheck(PersonRegister register, Youths youths, Signals signals, BsnProtection protection,
                        AddressKeys addressKeys, JdbcClient jdbc, TransactionTemplate transactions,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${verwijsindex.person.retry-backoff:PT30S}") Duration retryBackoff,
                        @Value("${verwijsindex.person.max-backoff:PT1H}") Duration maxBackoff) {
        this.register = register;
        this.youths = youths;
        this.signals = signals;
        this.protection = protection;
        this.addressKeys = addressKeys;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.retryBackoff = retryBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Within the registering transaction: the youth is due for a check (R-MATCH-FAMILY, R-MATCH-ADDRESS). */
    void markDue(YouthId youth) {
        jdbc.sql("""
                        insert into youth_person (youth_id, state, sync_due_at) values (:youth, 'NEVER_SYNCED', :now)
                        on conflict (youth_id) do update set sync_due_at = least(youth_person.sync_due_at, excluded.sync_due_at),
                                                             sync_attempts = 0
                        """)
                .param("youth", youth.value())
                .param("now", Moments.now(clock))
                .update();
    }

    @Override
    public int recheckAll() {
        int marked = 0;
        long after = 0;
        List<YouthId> page;
        do {
            page = signals.youthsWithActiveSignals(after, PAGE);
            List<YouthId> batch = page;
            transactions.executeWithoutResult(status -> batch.forEach(this::markDueIfNotAlready));
            marked += page.size();
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).value();
            }
        } while (page.size() == PAGE);
        log.info("Person register re-check: {} youths with an active signal are due", marked);
        return marked;
    }

    private void markDueIfNotAlready(YouthId youth) {
        jdbc.sql("""
                        insert into youth_person (youth_id, state, sync_due_at) values (:youth, 'NEVER_SYNCED', :now)
                        on conflict (youth_id) do update set sync_due_at = coalesce(youth_person.sync_due_at, excluded.sync_due_at)
                        """)
                .param("youth", youth.value())
                .param("now", Moments.now(clock))
                .update();
    }

    @Override
    public int checkDue(int limit) {
        if (!register.connected()) {
            return 0;
        }
        int checked = 0;
        for (YouthId youth : claimDue(limit)) {
            check(youth);
            checked++;
        }
        return checked;
    }

    /** Checks one youth now, if it is due and nobody else is at it. */
    void checkNow(YouthId youth) {
        if (register.connected() && claim(youth)) {
            check(youth);
        }
    }

    private List<YouthId> claimDue(int limit) {
        OffsetDateTime now = Moments.now(clock);
        return transactions.execute(status -> jdbc.sql("""
                        update youth_person set sync_lease_until = :lease
                        where youth_id in (select youth_id from youth_person
                                           where sync_due_at <= :now and (sync_lease_until is null or sync_lease_until < :now)
                                           order by sync_due_at limit :limit for update skip locked)
                        returning youth_id""")
                .param("lease", now.plus(LEASE))
                .param("now", now)
                .param("limit", limit)
                .query(Long.class)
                .list().stream().map(YouthId::new).toList());
    }

    private boolean claim(YouthId youth) {
        OffsetDateTime now = Moments.now(clock);
        return Boolean.TRUE.equals(transactions.execute(status -> jdbc.sql("""
                        update youth_person set sync_lease_until = :lease
                        where youth_id = (select youth_id from youth_person
                                          where youth_id = :youth and sync_due_at <= :now
                                            and (sync_lease_until is null or sync_lease_until < :now)
                                          for update skip locked)""")
                .param("lease", now.plus(LEASE))
                .param("now", now)
                .param("youth", youth.value())
                .update() == 1));
    }

    private void check(YouthId youth) {
        Optional<Bsn> bsn = youths.bsnOf(youth);
        if (bsn.isEmpty()) {
            // R-NOBSN: a youth known by a verwijsindex number is not in the register by that number.
            transactions.executeWithoutResult(status -> store(youth, Optional.empty(), List.of()));
            return;
        }
        Optional<Person> person;
        List<Bsn> residents;
        try {
            person = register.find(bsn.get());
            residents = person.flatMap(Person::residence)
                    .filter(r -> r.addressableObjectId() != null)
                    .map(r -> register.residents(r.addressableObjectId()))
                    .orElse(List.of());
        } catch (PersonRegisterUnavailable e) {
            failed(youth, e.reason().name());
            log.warn("Person register could not be asked ({}); the youth stays due and is retried", e.reason());
            return;
        }
        try {
            transactions.executeWithoutResult(status -> store(youth, person, residents));
        } catch (RuntimeException e) {
            failed(youth, "STORE_FAILED");
            log.error("Could not store what the person register said about a youth; it stays due and is retried", e);
        }
    }

    private void failed(YouthId youth, String reason) {
        OffsetDateTime now = Moments.now(clock);
        transactions.executeWithoutResult(status -> {
            int attempts = jdbc.sql("select sync_attempts from youth_person where youth_id = :youth")
                    .param("youth", youth.value()).query(Integer.class).optional().orElse(0) + 1;
            Duration backoff = retryBackoff.multipliedBy(1L << Math.min(attempts - 1, 16));
            jdbc.sql("""
                            update youth_person set sync_attempts = :attempts, sync_error = :error, sync_lease_until = null,
                                                    sync_due_at = :next
                            where youth_id = :youth""")
                    .param("attempts", attempts)
                    .param("error", reason)
                    .param("next", now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff))
                    .param("youth", youth.value())
                    .update();
        });
    }

    private void store(YouthId youth, Optional<Person> found, List<Bsn> residents) {
        if (youths.lock(youth).isEmpty()) {
            return;
        }
        if (found.flatMap(Person::died).isPresent()) {
            // R-DEATH: the listeners delete every signal of the youth, and with the youth this row.
            events.publishEvent(new YouthDied(youth));
            return;
        }
        Previous previous = jdbc.sql("select state, address_index, municipality_code from youth_person where youth_id = :youth")
                .param("youth", youth.value())
                .query((rs, n) -> new Previous(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional().orElse(new Previous("NEVER_SYNCED", null, null));

        Optional<Person.Residence> residence = found.flatMap(Person::residence);
        byte[] addressKey = residence.map(Person.Residence::addressableObjectId).map(addressKeys::of).orElse(null);
        String municipality = residence.map(Person.Residence::municipalityCode).orElse(null);
        List<byte[]> parentKeys = found.map(p -> p.parents().stream().map(b -> protection.blindIndex(b).bytes()).toList())
                .orElse(List.of());
        lockKeys(parentKeys, addressKey);

        found.map(Person::birthDate).ifPresent(date -> youths.correctBirthDate(youth, date));
        jdbc.sql("delete from youth_parent where youth_id = :youth").param("youth", youth.value()).update();
        Set<ByteBuffer> distinctParents = new TreeSet<>();
        parentKeys.forEach(k -> distinctParents.add(ByteBuffer.wrap(k)));
        for (ByteBuffer parent : distinctParents) {
            jdbc.sql("insert into youth_parent (youth_id, parent_index) values (:youth, :parent)")
                    .param("youth", youth.value())
                    .param("parent", parent.array())
                    .update();
        }
        jdbc.sql("""
                        update youth_person set state = :state, address_index = :address, municipality_code = :municipality,
                                                synced_at = :now, sync_due_at = null, sync_attempts = 0, sync_error = null,
                                                sync_lease_until = null
                        where youth_id = :youth""")
                .param("state", found.isPresent() ? "CURRENT" : "NOT_IN_REGISTER")
                .param("address", addressKey)
                .param("municipality", municipality)
                .param("now", Moments.now(clock))
                .param("youth", youth.value())
                .update();

        if (addressKey != null) {
            markMovedResidentsDue(youth, addressKey, residents);
        }
        if ("CURRENT".equals(previous.state()) && previous.addressKey() != null && found.isPresent()
                && !Arrays.equals(previous.addressKey(), addressKey)) {
            events.publishEvent(new YouthMoved(youth, previous.municipality(), municipality));
        }
        events.publishEvent(new PersonDataRefreshed(youth));
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
        Set<YouthId> knownHere = new HashSet<>(jdbc.sql("select youth_id from youth_person where address_index = :key and youth_id <> :youth")
                .param("key", addressKey)
                .param("youth", youth.value())
                .query(Long.class)
                .list().stream().map(YouthId::new).toList());
        Set<YouthId> changed = new HashSet<>(residentYouths);
        changed.removeAll(knownHere);
        Set<YouthId> movedOut = new HashSet<>(knownHere);
        movedOut.removeAll(residentYouths);
        changed.addAll(movedOut);
        changed.forEach(this::markDueIfNotAlready);
    }

    /**
     * Family and address matching of two youths with a shared key must not run concurrently, or neither
     * would see the other's uncommitted keys. Transaction-scoped advisory locks on the keys, in a fixed
     * order, serialise them.
     */
    private void lockKeys(List<byte[]> parentKeys, byte[] addressKey) {
        List<Long> locks = new ArrayList<>();
        parentKeys.forEach(k -> locks.add(ByteBuffer.wrap(k).getLong()));
        if (addressKey != null) {
            locks.add(ByteBuffer.wrap(addressKey).getLong());
        }
        locks.stream().distinct().sorted().forEach(lock -> jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", lock)
                .query((rs, n) -> 1)
                .list());
    }

    @Override
    public Status status() {
        return jdbc.sql("""
                        select count(*) filter (where sync_due_at is not null) as due,
                               count(*) filter (where sync_due_at is not null and sync_attempts > 0) as failing,
                               (select sync_error from youth_person where sync_error is not null
                                order by sync_due_at desc nulls last limit 1) as last_error
                        from youth_person""")
                .query((rs, n) -> new Status(register.connected(), rs.getLong("due"), rs.getLong("failing"),
                        rs.getString("last_error")))
                .single();
    }

    private record Previous(String state, byte[] addressKey, String municipality) {
    }
}
