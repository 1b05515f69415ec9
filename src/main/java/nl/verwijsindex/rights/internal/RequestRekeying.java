// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.retention.BsnKeyHolder;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * ADR 0022 for the privacy desk's requests: a request keeps the youth's BSN as the index keeps every BSN, so a key
 * rotation moves its blind index and ciphertext to the current key too, and an older key is not retirable while a
 * request still uses it (ADR 0028).
 */
@Component
class RequestRekeying implements BsnKeyHolder {

    private final JdbcClient jdbc;
    private final BsnProtection protection;

    RequestRekeying(JdbcClient jdbc, BsnProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    @Override
    public Map<Integer, Long> keyUse() {
        Map<Integer, Long> use = new TreeMap<>();
        jdbc.sql("select bsn_key_id, count(*) from rights_request group by bsn_key_id")
                .query((rs, n) -> use.put(rs.getInt(1), rs.getLong(2)))
                .list();
        return use;
    }

    @Override
    public int rekey(int limit) {
        int current = protection.currentKeyId();
        List<Row> rows = jdbc.sql("""
                        select id, bsn_encrypted from rights_request where bsn_key_id <> :current
                        order by id limit :limit for update skip locked""")
                .param("current", current)
                .param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2)))
                .list();
        for (Row row : rows) {
            Bsn bsn = protection.decrypt(row.encrypted());
            jdbc.sql("""
                            update rights_request set bsn_index = :index, bsn_key_id = :key, bsn_encrypted = :encrypted
                            where id = :id""")
                    .param("index", protection.blindIndex(bsn).bytes())
                    .param("key", current)
                    .param("encrypted", protection.encrypt(bsn))
                    .param("id", row.id())
                    .update();
        }
        return rows.size();
    }

    private record Row(UUID id, byte[] encrypted) {}
}
