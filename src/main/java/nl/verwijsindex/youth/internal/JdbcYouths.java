// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
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
            rs.getObject("birth_date", LocalDate.class));

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
        BlindIndex index = protection.blindIndex(bsn);
        Optional<IdentifiedYouth> known = lockByIndex(index);
        if (known.isPresent()) {
            return known.get();
        }
        // A concurrent registration may insert the same youth first: the insert then waits for it to
        // commit and does nothing, after which the row is there to lock.
        Optional<Long> inserted = jdbc.sql("""
                        insert into youth (bsn_index, bsn_encrypted, birth_date, created_at)
                        values (:index, :encrypted, :birthDate, :now)
                        on conflict (bsn_index) do nothing
                        returning id""")
                .param("index", index.bytes())
                .param("encrypted", protection.encrypt(bsn))
                .param("birthDate", birthDate)
                .param("now", Moments.now(clock))
                .query(Long.class)
                .optional();
        return inserted.map(id -> new IdentifiedYouth(new YouthId(id), index, birthDate))
                .orElseGet(() -> lockByIndex(index).orElseThrow());
    }

    @Override
    public IdentifiedYouth identifyAndLock(ViNumber number, LocalDate birthDate) {
        BlindIndex index = number.blindIndex();
        Optional<IdentifiedYouth> known = lockByIndex(index);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Long> inserted = jdbc.sql("""
                        insert into youth (bsn_index, bsn_encrypted, identified_by, birth_date, created_at)
                        values (:index, null, 'VI_NUMBER', :birthDate, :now)
                        on conflict (bsn_index) do nothing
                        returning id""")
                .param("index", index.bytes())
                .param("birthDate", birthDate)
                .param("now", Moments.now(clock))
                .query(Long.class)
                .optional();
        return inserted.map(id -> new IdentifiedYouth(new YouthId(id), index, birthDate))
                .orElseGet(() -> lockByIndex(index).orElseThrow());
    }

    private Optional<IdentifiedYouth> lockByIndex(BlindIndex index) {
        return jdbc.sql("select id, bsn_index, birth_date from youth where bsn_index = :index for update")
                .param("index", index.bytes())
                .query(YOUTH)
                .optional();
    }

    @Override
    public Optional<IdentifiedYouth> lock(YouthId id) {
        return jdbc.sql("select id, bsn_index, birth_date from youth where id = :id for update")
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

    @Override
    @Transactional(readOnly = true)
    public YouthIdentity identityOf(YouthId id) {
        return jdbc.sql("select bsn_index, bsn_encrypted from youth where id = :id")
                .param("id", id.value())
                .query((rs, n) -> {
                    byte[] encrypted = rs.getBytes("bsn_encrypted");
                    return encrypted != null
                            ? YouthIdentity.of(protection.decrypt(encrypted))
                            : YouthIdentity.of(ViNumber.of(new BlindIndex(rs.getBytes("bsn_index")), protection));
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
                        update youth set bsn_index = :index, bsn_encrypted = :encrypted, identified_by = 'BSN'
                        where id = :id and identified_by = 'VI_NUMBER'""")
                .param("index", index.bytes())
                .param("encrypted", protection.encrypt(bsn))
                .param("id", viYouth.value())
                .update();
        return updated == 1 ? Optional.of(viYouth) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YouthId> findByBsn(Bsn bsn) {
        return jdbc.sql("select id from youth where bsn_index = :index")
                .param("index", protection.blindIndex(bsn).bytes())
                .query(Long.class)
                .optional()
                .map(YouthId::new);
    }

    @Override
    public void forget(YouthId id) {
        jdbc.sql("delete from youth where id = :id").param("id", id.value()).update();
    }
}
