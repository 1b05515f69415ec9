// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The logbook's stored entries about one professional as the chains link them, in the order they were written. */
public final class StoredLinks {

    private StoredLinks() {}

    /** An entry's id, chain, subject and the hashes that link it to the entry before it in its chain. */
    public record Link(long id, int chain, String subject, byte[] previous, byte[] hash) {}

    public static List<Link> of(JdbcClient jdbc, UUID professional) {
        return jdbc.sql("""
                        select id, chain, subject_id, previous_hash, hash from logbook_entry
                        where professional_id = :p order by id""")
                .param("p", professional)
                .query((rs, n) -> new Link(
                        rs.getLong("id"),
                        rs.getInt("chain"),
                        rs.getString("subject_id"),
                        rs.getBytes("previous_hash"),
                        rs.getBytes("hash")))
                .list();
    }
}
