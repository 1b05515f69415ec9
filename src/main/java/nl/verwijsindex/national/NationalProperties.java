// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verwijsindex.national.*}: whether this regional index takes part in the national index (R-NATIONAL), and
 * how to reach it. Off by default; when on, the five connection settings are required and the start fails naming the
 * missing ones, rather than an index that silently keeps its signals to itself.
 *
 * @param hubUrl              the national index (hub), e.g. {@code https://hub.verwijsindex.example}
 * @param pseudonymServiceUrl the pseudonym service, e.g. {@code https://pseudoniemen.verwijsindex.example}
 * @param sslBundle           the Spring SSL bundle with this region's client certificate and the trusted CA (mutual TLS)
 * @param recipient           the hub's name at the pseudonym service, whose key evaluates the pseudonyms
 * @param keyVersion          the version of the hub's key to evaluate with (docs/adr/0032)
 * @param sendInterval        how often the outbox is sent
 * @param inboxInterval       how often the hub's deliveries are fetched
 * @param batchSize           rows sent, or deliveries fetched, per round
 * @param retryBackoff        wait after the first failed attempt; doubles per attempt up to {@code maxBackoff}
 * @param maxBackoff          the longest wait between two attempts, so the outbox follows soon after an outage ends
 * @param timeout             the longest wait for a connection to, or an answer from, the hub or the pseudonym service
 */
@ConfigurationProperties("verwijsindex.national")
public record NationalProperties(
        @DefaultValue("false") boolean enabled,
        String hubUrl,
        String pseudonymServiceUrl,
        String sslBundle,
        String recipient,
        Integer keyVersion,
        @DefaultValue("PT10S") Duration sendInterval,
        @DefaultValue("PT30S") Duration inboxInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT30S") Duration retryBackoff,
        @DefaultValue("PT5M") Duration maxBackoff,
        @DefaultValue("PT10S") Duration timeout) {

    public NationalProperties {
        if (enabled) {
            List<String> missing = new ArrayList<>();
            requireUrl(hubUrl, "verwijsindex.national.hub-url", missing);
            requireUrl(pseudonymServiceUrl, "verwijsindex.national.pseudonym-service-url", missing);
            require(sslBundle, "verwijsindex.national.ssl-bundle", missing);
            require(recipient, "verwijsindex.national.recipient", missing);
            if (keyVersion == null || keyVersion < 1) {
                missing.add("verwijsindex.national.key-version");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("verwijsindex.national.enabled=true needs these settings, missing or"
                        + " invalid: " + String.join(", ", missing));
            }
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("verwijsindex.national.batch-size must be between 1 and 1000");
        }
        if (retryBackoff.isNegative() || retryBackoff.isZero() || maxBackoff.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException(
                    "verwijsindex.national.retry-backoff must be positive and at most verwijsindex.national.max-backoff");
        }
    }

    private static void require(String value, String name, List<String> missing) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }

    private static void requireUrl(String value, String name, List<String> missing) {
        if (value == null || !value.strip().matches("https?://\\S+")) {
            missing.add(name);
        }
    }
}
