// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped advisory locks on a signal and on pseudonyms, taken in one fixed order so two messages never
 * deadlock. Without them two regions reporting one youth at the same moment would each miss the other's uncommitted
 * signal and neither would match; with them the second waits and sees the first.
 */
@Component
class HubLocks {

    private final JdbcClient jdbc;

    HubLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the signal (so a forget waits for a report of it) and every pseudonym, until the transaction ends. */
    void lock(String region, String signalRef, List<byte[]> pseudonyms) {
        List<Long> locks = new ArrayList<>();
        locks.add(ByteBuffer.wrap(sha256(region + "\u0000" + signalRef)).getLong());
        // A keyed pseudonym is an HMAC: its first eight bytes are as good a lock key as any hash of it.
        pseudonyms.forEach(p -> locks.add(ByteBuffer.wrap(p).getLong()));
        locks.stream()
                .distinct()
                .sorted()
                .forEach(lock -> jdbc.sql("select pg_advisory_xact_lock(:lock)")
                        .param("lock", lock)
                        .query((rs, n) -> 1)
                        .list());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
