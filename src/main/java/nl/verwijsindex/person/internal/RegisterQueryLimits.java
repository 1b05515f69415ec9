// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import nl.verwijsindex.shared.RateLimited;
import nl.verwijsindex.signal.Asker;

/**
 * Issue 12 §2: searches in the person register are rate-limited per organisation and per professional
 * (token buckets, refilled gradually over the period). Held in memory per instance: a limit against fishing,
 * not an accounting.
 */
@Component
@EnableConfigurationProperties(QueryLimitProperties.class)
class RegisterQueryLimits {

    private final QueryLimitProperties limits;
    private final Map<UUID, Bucket> organisations = new ConcurrentHashMap<>();
    private final Map<UUID, Bucket> professionals = new ConcurrentHashMap<>();

    RegisterQueryLimits(QueryLimitProperties limits) {
        this.limits = limits;
    }

    /** @throws RateLimited when the professional or their organisation has asked too often; nothing is taken then */
    void take(Asker asker) {
        Bucket professional =
                professionals.computeIfAbsent(asker.professional().value(), id -> bucket(limits.perProfessional()));
        Bucket organisation =
                organisations.computeIfAbsent(asker.organisation().value(), id -> bucket(limits.perOrganisation()));
        ConsumptionProbe own = professional.tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            throw limited(own);
        }
        ConsumptionProbe shared = organisation.tryConsumeAndReturnRemaining(1);
        if (!shared.isConsumed()) {
            professional.addTokens(1);
            throw limited(shared);
        }
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, limits.period())
                        .build())
                .build();
    }

    private static RateLimited limited(ConsumptionProbe probe) {
        long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        return new RateLimited(
                "person-query-limit",
                "U heeft te vaak in korte tijd een jeugdige met naam en geboortedatum gezocht. Probeer het over "
                        + seconds + " seconden opnieuw; er is niets geregistreerd.",
                seconds);
    }
}
