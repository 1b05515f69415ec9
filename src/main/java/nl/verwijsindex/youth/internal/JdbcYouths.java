package nl.verwijsindex.youth.internal;

import nl.verwijsindex.shared.Moments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcYouths implements Youths {

    private static final RowMapper<IdentifiedYouth> YOUTH = (rs, n) -> new IdentifiedYouth(new YouthId(rs.getLong("id")),
            new BlindIndex(rs.getBytes("bsn_index")), rs.getObject("birth_date", LocalDate.class));

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
    public Bsn bsnOf(YouthId id) {
        byte[] encrypted = jdbc.sql("select bsn_encrypted from youth where id = :id")
                .param("id", id.value())
                .query(byte[].class)
                .single();
        return protection.decrypt(encrypted);
    }

    @Override
    public void forget(YouthId id) {
        jdbc.sql("delete from youth where id = :id")
                .param("id", id.value())
                .update();
    }
}
