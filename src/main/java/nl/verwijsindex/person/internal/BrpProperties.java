// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verwijsindex.person.brp.*}: where the Haal Centraal BRP API Personen is and how patiently to ask it.
 *
 * @param baseUrl        up to and without {@code /personen}, e.g. {@code https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp};
 *                       empty: no register is connected
 * @param apiKey         sent as {@code X-API-KEY} when set
 * @param maxAttempts    attempts per question, the first included; only a failed connection, a timeout, 5xx
 *                       and 429 are tried again, never another 4xx
 * @param retryBackoff   the wait before the second attempt; it doubles for each further one
 * @param enabled        {@code false} leaves the register unconnected even with a base URL
 */
@ConfigurationProperties("verwijsindex.person.brp")
record BrpProperties(
        String baseUrl,
        String apiKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("true") boolean enabled) {

    BrpProperties {
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("verwijsindex.person.brp.base-url must be an http(s) URL");
        }
        if (connectTimeout != null && connectTimeout.toMillis() < 1
                || readTimeout != null && readTimeout.toMillis() < 1) {
            // the HTTP client reads 0 as "wait for ever"
            throw new IllegalArgumentException(
                    "verwijsindex.person.brp.connect-timeout and read-timeout must be at least 1ms");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("verwijsindex.person.brp.max-attempts must be at least 1");
        }
        baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The settings for a register at this URL, with the defaults for everything else. */
    static BrpProperties of(String baseUrl) {
        return new BrpProperties(
                baseUrl, null, Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(200), true);
    }

    BrpProperties withApiKey(String key) {
        return new BrpProperties(baseUrl, key, connectTimeout, readTimeout, maxAttempts, retryBackoff, enabled);
    }

    BrpProperties withTimeouts(Duration connect, Duration read) {
        return new BrpProperties(baseUrl, apiKey, connect, read, maxAttempts, retryBackoff, enabled);
    }

    BrpProperties withAttempts(int attempts, Duration backoff) {
        return new BrpProperties(baseUrl, apiKey, connectTimeout, readTimeout, attempts, backoff, enabled);
    }

    @Override
    public String toString() {
        return "BrpProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts
                + "]";
    }
}
