// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.shared.TransactionScoped;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;

/**
 * What the index keeps of the register's answers about a youth: its state, its address and municipality in
 * {@code youth_person}, its parents in {@code youth_parent}, the keys as blind indexes (R-DATA). Callers hold the
 * transaction.
 */
@Component
class PersonData {

    private static final String NEVER_SYNCED = "NEVER_SYNCED";
    private static final String CURRENT = "CURRENT";

    /**
     * What {@link #store} wrote in this transaction, by youth (issue 18): the row stays locked by the update until the
     * transaction ends, so a read of it in the same transaction would return exactly this. The listeners of the
     * check's events (report facts waiting for a municipality, address matching) read it here instead. With it, the
     * youths {@link #knownAt} found at the address stored, which other transactions can change: see there.
     */
    private static final TransactionScoped<YouthId, Written> WRITTEN = TransactionScoped.create();

    /**
     * The municipality the check queue read while marking a youth due in this transaction (issue 18): the marking
     * statement locked the row, so no other transaction changes it before this one ends. Empty when none is known.
     */
    private static final TransactionScoped<YouthId, Optional<String>> MUNICIPALITY_READ = TransactionScoped.create();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BsnProtection protection;

    PersonData(JdbcClient jdbc, Clock clock, BsnProtection protection) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.protection = protection;
    }

    /**
     * Stores the answer: the youth's parents replace the ones stored, its address and municipality (null when
     * unknown) replace the previous, and the youth is no longer due.
     *
     * @return what was stored at the youth's previous check (or that it never was), read by the statement that replaces
     *     it (issue 18: a read of its own before), and whether the parents differ from those stored before (R-NATIONAL:
     *     the hub matches families on them)
     */
    Replaced store(YouthId youth, boolean inRegister, List<byte[]> parentKeys, byte[] addressKey, String municipality) {
        Set<ByteBuffer> distinctParents = new TreeSet<>();
        parentKeys.forEach(k -> distinctParents.add(ByteBuffer.wrap(k)));
        byte[][] parents = distinctParents.stream().map(ByteBuffer::array).toArray(byte[][]::new);
        // Issue 18: one statement, where the parents took a delete and an insert each. Only the parents that went are
        // deleted and only those that came are inserted, so the two parts never touch the same row. The subquery reads
        // the row as it was before this statement; the caller holds the youth, and only a check of it changes these
        // columns, so nothing changes them in between.
        record Row(Stored previous, boolean parentsChanged) {}
        Row row = jdbc.sql("""
                        with gone as (
                            delete from youth_parent where youth_id = :youth and parent_index <> all(:parents)
                            returning parent_index),
                        came as (
                            insert into youth_parent (youth_id, parent_index)
                            select :youth, parent from unnest(:parents) as parent
                            on conflict do nothing
                            returning parent_index)
                        update youth_person yp
                        set state = :state, address_index = :address, municipality_code = :municipality, synced_at = :now,
                            sync_due_at = null, sync_attempts = 0, sync_error = null, sync_lease_until = null,
                            key_id = :keyId
                        from (select state, address_index, municipality_code, key_id from youth_person
                              where youth_id = :youth) previous
                        where yp.youth_id = :youth
                        returning previous.state, previous.address_index, previous.municipality_code, previous.key_id,
                                  exists (select 1 from gone) or exists (select 1 from came) as parents_changed""")
                .param("keyId", protection.currentKeyId())
                .param("state", inRegister ? CURRENT : "NOT_IN_REGISTER")
                .param("address", addressKey)
                .param("municipality", municipality)
                .param("now", Moments.now(clock))
                .param("youth", youth.value())
                .param("parents", parents)
                .query((rs, n) -> new Row(
                        new Stored(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getInt(4)),
                        rs.getBoolean("parents_changed")))
                .optional()
                .orElse(null);
        if (row == null) {
            // no row to write to (the queue writes it first, so not in practice): nothing stored, nothing to remember;
            // the parents were written all the same, and whether they changed is not known, so they are said to have
            return new Replaced(new Stored(NEVER_SYNCED, null, null, protection.currentKeyId()), true);
        }
        WRITTEN.map().put(youth, new Written(addressKey, municipality));
        return new Replaced(row.previous(), row.parentsChanged());
    }

    /**
     * ADR 0022: makes at most {@code limit} youths whose parents and address are stored under an older key
     * due for a check, which stores them again under the current key. @return how many
     */
    int queueRekeying(int limit) {
        return jdbc.sql("""
                        update youth_person set sync_due_at = :now
                        where youth_id in (select youth_id from youth_person
                                           where key_id <> :current and sync_due_at is null
                                           order by youth_id limit :limit for update skip locked)""")
                .param("now", Moments.now(clock))
                .param("current", protection.currentKeyId())
                .param("limit", limit)
                .update();
    }

    /** How many youths' parents and address each key id holds. */
    Map<Integer, Long> keyUse() {
        Map<Integer, Long> use = new TreeMap<>();
        jdbc.sql("select key_id, count(*) from youth_person group by key_id")
                .query((rs, n) -> use.put(rs.getInt(1), rs.getLong(2)))
                .list();
        return use;
    }

    /**
     * The youths, but this one, the index knows at the address, by id. Issue 18: kept with what {@link #store} wrote
     * for the youth in this transaction when it is the address stored, for the address matching of the check's event.
     * The lock on the address key ({@link #lockKeys}) is held until the transaction ends, and only a check holding it
     * stores a youth at the address, so a second read would find no youth the first did not: no match is lost. It may
     * still list a youth whose check of a move away (which locks the new address's key) or whose deletion committed
     * meanwhile, as a read just before the commit could: a deleted youth has no signals left to match, and a pair
     * with one who moved that moment is what the read before this change could make too.
     */
    List<YouthId> knownAt(byte[] addressKey, YouthId except) {
        List<YouthId> known =
                jdbc.sql("""
                        select youth_id from youth_person where address_index = :key and youth_id <> :youth
                        order by youth_id""").param("key", addressKey).param("youth", except.value()).query(Long.class).list().stream()
                        .map(YouthId::new)
                        .toList();
        WRITTEN.map()
                .computeIfPresent(
                        except,
                        (youth, written) ->
                                Arrays.equals(written.addressKey(), addressKey) ? written.knowing(known) : written);
        return known;
    }

    /**
     * Family and address matching of two youths with a shared key must not run concurrently, or neither
     * would see the other's uncommitted keys. Transaction-scoped advisory locks on the keys, in a fixed
     * order, serialise them.
     */
    void lockKeys(List<byte[]> parentKeys, byte[] addressKey) {
        List<Long> locks = new ArrayList<>();
        parentKeys.forEach(k -> locks.add(ByteBuffer.wrap(k).getLong()));
        if (addressKey != null) {
            locks.add(ByteBuffer.wrap(addressKey).getLong());
        }
        Long[] ordered = locks.stream().distinct().sorted().toArray(Long[]::new);
        if (ordered.length == 0) {
            return;
        }
        // Issue 18: one statement, where each key took one. A volatile function in the select list is evaluated after
        // the sort, so the locks are taken in the array's order.
        jdbc.sql("""
                        select pg_advisory_xact_lock(lock_key)
                        from unnest(cast(:locks as bigint[])) with ordinality as k(lock_key, position)
                        order by position""").param("locks", ordered).query((rs, n) -> 1).list();
    }

    /** The address key and municipality {@link #store} wrote for the youth in this transaction, if it did. */
    Optional<Written> writtenInThisTransaction(YouthId youth) {
        return Optional.ofNullable(WRITTEN.map().get(youth));
    }

    /** Keeps the municipality read, with the youth's row locked, for the rest of this transaction. */
    void municipalityReadLocked(YouthId youth, Optional<String> municipality) {
        MUNICIPALITY_READ.map().put(youth, municipality);
    }

    /**
     * The youth's municipality as this transaction wrote it, or read it with the row locked: then a read of the row
     * would return the same. Empty when this transaction did neither; an empty municipality when none is known.
     */
    Optional<Optional<String>> municipalityInThisTransaction(YouthId youth) {
        Written written = WRITTEN.map().get(youth);
        if (written != null) {
            return Optional.of(Optional.ofNullable(written.municipality()));
        }
        Map<YouthId, Optional<String>> read = MUNICIPALITY_READ.peek();
        return read == null ? Optional.empty() : Optional.ofNullable(read.get(youth));
    }

    /** What {@link #store} replaced, and whether the parents changed. */
    record Replaced(Stored previous, boolean parentsChanged) {}

    /**
     * The address key and municipality (CBS code) stored, each null when the register gave none; and the other youths
     * known at that address, by id, once {@link #knownAt} read them (null before).
     */
    record Written(byte[] addressKey, String municipality, List<YouthId> knownAtAddress) {

        Written(byte[] addressKey, String municipality) {
            this(addressKey, municipality, null);
        }

        Written knowing(List<YouthId> known) {
            return new Written(addressKey, municipality, known);
        }

        Optional<List<YouthId>> othersAtAddress() {
            return Optional.ofNullable(knownAtAddress);
        }
    }

    /** The state of the previous check ({@code NEVER_SYNCED}, {@code CURRENT}, {@code NOT_IN_REGISTER}). */
    record Stored(String state, byte[] addressKey, String municipality, int keyId) {

        boolean current() {
            return CURRENT.equals(state);
        }
    }
}
