// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.UnreadableBsn;
import nl.verwijsindex.youth.ViNumber;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.YouthIdentity;
import nl.verwijsindex.youth.Youths;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcYouths implements Youths {

    private static final RowMapper<IdentifiedYouth> YOUTH = (rs, n) -> new IdentifiedYouth(
            new YouthId(rs.getLong("id")),
            new BlindIndex(rs.getBytes("bsn_index")),
            rs.getObject("birth_date", LocalDate.class),
            false);

    private final JdbcClient jdbc;
    private final BsnProtection protection;
    private final Clock clock;

    JdbcYouths(JdbcClient jdbc, BsnProtection protection, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.clock = clock;
    }

    @Override
    public IdentifiedYouth identifyAndLock(Bsn bsn, LocalDate birthDate) {
        List<BlindIndex> indexes = protection.blindIndexes(bsn);
        BlindIndex index = indexes.get(0);
        // Issue 18: under one key a youth can only be known by this index, so the insert comes first and a new youth
        // costs one statement, not a read that finds nothing and then the insert. Under several (a rotation under way,
        // ADR 0022) the youth may still be known by an older index, which the insert would not see: read first.
        if (indexes.size() > 1) {
            Optional<IdentifiedYouth> known = lockByIndex(indexes);
            if (known.isPresent()) {
                return known.get();
            }
        }
        // A concurrent registration may insert the same youth first: the insert then waits for it to
        // commit and does nothing, after which the row is there to lock. A youth the insert found may be deleted
        // (R-DEATH, retention, an erasure) before it is locked: then it is inserted anew, once.
        for (int attempt = 1; ; attempt++) {
            Optional<Long> inserted = jdbc.sql("""
                            insert into youth (bsn_index, bsn_encrypted, birth_date, created_at, key_id)
                            values (:index, :encrypted, :birthDate, :now, :keyId)
                            on conflict (bsn_index) do nothing
                            returning id""")
                    .param("index", index.bytes())
                    .param("keyId", protection.currentKeyId())
                    .param("encrypted", protection.encrypt(bsn))
                    .param("birthDate", birthDate)
                    .param("now", Moments.now(clock))
                    .query(Long.class)
                    .optional();
            if (inserted.isPresent()) {
                return new IdentifiedYouth(new YouthId(inserted.get()), index, birthDate, true);
            }
            Optional<IdentifiedYouth> known = lockByIndex(indexes);
            if (known.isPresent() || attempt == 2) {
                return known.orElseThrow();
            }
        }
    }

    @Override
    public IdentifiedYouth identifyAndLock(ViNumber number, LocalDate birthDate) {
        BlindIndex index = number.blindIndex();
        List<BlindIndex> indexes = new ArrayList<>();
        indexes.add(index);
        indexes.addAll(number.olderIndexes());
        Optional<IdentifiedYouth> known = lockByIndex(indexes);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Long> inserted = jdbc.sql("""
                        insert into youth (bsn_index, bsn_encrypted, identified_by, birth_date, created_at, key_id)
                        values (:index, null, 'VI_NUMBER', :birthDate, :now, :keyId)
                        on conflict (bsn_index) do nothing
                        returning id""")
                .param("index", index.bytes())
                .param("keyId", protection.currentKeyId())
                .param("birthDate", birthDate)
                .param("now", Moments.now(clock))
                .query(Long.class)
                .optional();
        return inserted.map(id -> new IdentifiedYouth(new YouthId(id), index, birthDate, true))
                .orElseGet(() -> lockByIndex(indexes).orElseThrow());
    }

    /** ADR 0022: under every active key, so a youth not yet re-keyed is found. */
    private Optional<IdentifiedYouth> lockByIndex(List<BlindIndex> indexes) {
        return jdbc.sql("select id, bsn_index, birth_date from youth where bsn_index in (:indexes) for no key update")
                .param("indexes", bytes(indexes))
                .query(YOUTH)
                .optional();
    }

    @Override
    public Optional<IdentifiedYouth> lock(YouthId id) {
        return jdbc.sql("select id, bsn_index, birth_date from youth where id = :id for no key update")
                .param("id", id.value())
                .query(YOUTH)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdentifiedYouth> find(YouthId id) {
        return jdbc.sql("select id, bsn_index, birth_date from youth where id = :id")
                .param("id", id.value())
                .query(YOUTH)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Bsn> bsnOf(YouthId id) {
        return jdbc.sql("select bsn_encrypted from youth where id = :id and identified_by = 'BSN'")
                .param("id", id.value())
                .query(byte[].class)
                .optional()
                .map(protection::decrypt);
    }

    /** One statement, no transaction of its own: a single read sees one snapshot anyway. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<YouthId, Optional<Bsn>> bsnsOf(List<YouthId> ids, BiConsumer<YouthId, UnreadableBsn> unreadable) {
        Map<Long, byte[]> encrypted = new HashMap<>();
        jdbc.sql("select id, bsn_encrypted from youth where id = any(:ids) and identified_by = 'BSN'")
                .param("ids", ids.stream().map(YouthId::value).toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> encrypted.put(rs.getLong("id"), rs.getBytes("bsn_encrypted")));
        Map<YouthId, Optional<Bsn>> bsns = new LinkedHashMap<>();
        for (YouthId id : ids) {
            byte[] ciphertext = encrypted.get(id.value());
            try {
                bsns.put(id, ciphertext == null ? Optional.empty() : Optional.of(protection.decrypt(ciphertext)));
            } catch (UnreadableBsn e) {
                unreadable.accept(id, e);
            }
        }
        return bsns;
    }

    @Override
    @Transactional(readOnly = true)
    public YouthIdentity identityOf(YouthId id) {
        return jdbc.sql("select bsn_index, bsn_encrypted, key_id from youth where id = :id")
                .param("id", id.value())
                .query((rs, n) -> {
                    byte[] encrypted = rs.getBytes("bsn_encrypted");
                    return encrypted != null
                            ? YouthIdentity.of(protection.decrypt(encrypted))
                            : YouthIdentity.of(ViNumber.of(
                                    new BlindIndex(rs.getBytes("bsn_index")), rs.getInt("key_id"), protection));
                })
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasBsn(YouthId id) {
        return jdbc.sql("select identified_by = 'BSN' from youth where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Override
    public void correctBirthDate(YouthId id, LocalDate birthDate) {
        jdbc.sql("update youth set birth_date = :birthDate where id = :id and birth_date <> :birthDate")
                .param("id", id.value())
                .param("birthDate", birthDate)
                .update();
    }

    @Override
    public Optional<YouthId> assignBsn(YouthId viYouth, Bsn bsn) {
        BlindIndex index = protection.blindIndex(bsn);
        if (findByBsn(bsn).isPresent()) {
            return Optional.empty();
        }
        int updated = jdbc.sql("""
                        update youth set bsn_index = :index, bsn_encrypted = :encrypted, identified_by = 'BSN',
                                         key_id = :keyId
                        where id = :id and identified_by = 'VI_NUMBER'""")
                .param("keyId", protection.currentKeyId())
                .param("index", index.bytes())
                .param("encrypted", protection.encrypt(bsn))
                .param("id", viYouth.value())
                .update();
        return updated == 1 ? Optional.of(viYouth) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YouthId> findByBsn(Bsn bsn) {
        return jdbc.sql("select id from youth where bsn_index in (:indexes)")
                .param("indexes", bytes(protection.blindIndexes(bsn)))
                .query(Long.class)
                .optional()
                .map(YouthId::new);
    }

    @Override
    public Set<YouthId> findAllByBsn(Collection<Bsn> bsns) {
        byte[][] indexes = bsns.stream()
                .flatMap(bsn -> protection.blindIndexes(bsn).stream())
                .map(BlindIndex::bytes)
                .toArray(byte[][]::new);
        return jdbc.sql("select id from youth where bsn_index = any(:indexes)")
                .param("indexes", indexes)
                .query((rs, n) -> new YouthId(rs.getLong(1)))
                .set();
    }

    @Override
    public void forget(YouthId id) {
        jdbc.sql("delete from youth where id = :id").param("id", id.value()).update();
    }

    @Override
    public List<Rekeyed> rekey(int limit) {
        int current = protection.currentKeyId();
        List<Integer> older =
                protection.activeKeyIds().stream().filter(id -> id != current).toList();
        List<Rekeyed> rekeyed = new ArrayList<>();
        if (older.isEmpty()) {
            return rekeyed;
        }
        // Only rows under a configured older key: a row under a key no longer configured cannot be decrypted.
        jdbc.sql("""
                        select id, bsn_index, bsn_encrypted from youth
                        where key_id in (:older) and identified_by = 'BSN'
                        order by id limit :limit for update skip locked""")
                .param("older", older)
                .param("limit", limit)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBytes("bsn_index"), rs.getBytes("bsn_encrypted")))
                .list()
                .forEach(row -> {
                    Bsn bsn = protection.decrypt(row.encrypted());
                    BlindIndex index = protection.blindIndex(bsn);
                    jdbc.sql("""
                                    update youth set bsn_index = :index, bsn_encrypted = :encrypted, key_id = :current
                                    where id = :id""")
                            .param("index", index.bytes())
                            .param("encrypted", protection.encrypt(bsn))
                            .param("current", current)
                            .param("id", row.id())
                            .update();
                    rekeyed.add(new Rekeyed(new YouthId(row.id()), new BlindIndex(row.index()), index));
                });
        return rekeyed;
    }

    private record Stored(long id, byte[] index, byte[] encrypted) {}

    @Override
    @Transactional(readOnly = true)
    public List<KeyUse> keyUse() {
        return jdbc.sql(
                        "select key_id, identified_by, count(*) from youth group by key_id, identified_by order by 1, 2")
                .query((rs, n) -> new KeyUse(rs.getInt(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    private static List<byte[]> bytes(List<BlindIndex> indexes) {
        return indexes.stream().map(BlindIndex::bytes).toList();
    }
}
