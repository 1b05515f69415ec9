// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * docs/adr/0027: evaluations per calling party, a token bucket each (Bucket4j, in this instance's memory). A region
 * registers a few thousand signals a day; someone who tries every BSN with a stolen region certificate needs about
 * 10^8 evaluations, which at the default of 72,000 an hour takes two months and is refused, and logged, after the
 * first hour. The callers are the configured regions, so the map stays small.
 */
@Component
class CallerLimits {

    private final PseudonymServiceSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CallerLimits(PseudonymServiceSettings settings) {
        this.settings = settings;
    }

    /** Takes one evaluation from the caller's bucket. @return zero when it may go on, else how long until it may ask again */
    Duration take(String caller) {
        ConsumptionProbe probe = buckets.computeIfAbsent(caller, c -> bucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket() {
        int capacity = settings.evaluationsPerCaller();
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.limitPeriod()))
                .build();
    }
}
