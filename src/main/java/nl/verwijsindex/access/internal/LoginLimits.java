// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;

/**
 * How many logins are tried, per address and in all, before any password is checked (issue 12): token buckets
 * (Bucket4j) in this instance's memory, so that guessing across many accounts from one address, or from many
 * addresses at once, slows down before the per-account lockout could help. Per instance: with several instances
 * the limits add up, which still bounds the guessing. The addresses kept are bounded (least recently used go).
 */
@Component
public class LoginLimits {

    /** Addresses remembered at most; one forgotten starts again with a full bucket. */
    static final int ADDRESSES = 10_000;

    private final AccountProperties.LoginLimitSettings limits;
    private final Bucket global;
    private final Map<String, Bucket> perAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    LoginLimits(AccountProperties properties) {
        this.limits = properties.loginLimits();
        this.global = bucket(limits.global());
    }

    /**
     * Takes one login from the address's bucket and the global one.
     *
     * @param address the client's address, or null when unknown (only the global limit applies)
     * @return whether the login may go on
     */
    public boolean tryLogin(String address) {
        if (address != null) {
            Bucket bucket;
            synchronized (perAddress) {
                bucket = perAddress.computeIfAbsent(address, a -> bucket(limits.perAddress()));
            }
            if (!bucket.tryConsume(1)) {
                return false;
            }
        }
        return global.tryConsume(1);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, limits.period()))
                .build();
    }
}
