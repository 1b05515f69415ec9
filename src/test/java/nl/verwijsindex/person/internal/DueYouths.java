// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Youths written straight into {@code youth} and {@code youth_person} with the person check's state a test needs
 * (due, attempts, error), and removed again after it: the queue's own tests, without a registration around them.
 */
final class DueYouths {

    private final JdbcClient jdbc;
    private final List<Long> added = new ArrayList<>();

    DueYouths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A youth known by a verwijsindex number (no BSN), with the check's state as given. */
    long byNumber(OffsetDateTime due, int attempts, String error) {
        return add("VI_NUMBER", null, 1, due, attempts, error);
    }

    /** A youth known by a BSN whose ciphertext is {@code encrypted}, under key {@code keyId}, due and never checked. */
    long byBsn(byte[] encrypted, int keyId, OffsetDateTime due) {
        return add("BSN", encrypted, keyId, due, 0, null);
    }

    void removeAll() {
        added.forEach(id ->
                jdbc.sql("delete from youth where id = :id").param("id", id).update());
        added.clear();
    }

    static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private long add(String identifiedBy, byte[] encrypted, int keyId, OffsetDateTime due, int attempts, String error) {
        long youth = jdbc.sql("""
                        insert into youth (bsn_index, bsn_encrypted, key_id, birth_date, created_at, identified_by)
                        values (:index, :encrypted, :key, :born, now(), :by) returning id""")
                .param("index", random(32))
                .param("encrypted", encrypted)
                .param("key", keyId)
                .param("born", LocalDate.of(2015, 3, 1))
                .param("by", identifiedBy)
                .query(Long.class)
                .single();
        added.add(youth);
        jdbc.sql("""
                        insert into youth_person (youth_id, state, sync_due_at, sync_attempts, sync_error)
                        values (:youth, 'NEVER_SYNCED', :due, :attempts, :error)""")
                .param("youth", youth)
                .param("due", due)
                .param("attempts", attempts)
                .param("error", error)
                .update();
        return youth;
    }
}
