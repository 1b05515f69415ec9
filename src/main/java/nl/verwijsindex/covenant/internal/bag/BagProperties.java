// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal.bag;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verwijsindex.covenant.bag.*}: where the BAG API Individuele Bevragingen (v2) is.
 *
 * @param baseUrl up to and without {@code /adressen}, e.g.
 *                {@code https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2}; empty: no address register is
 *                connected and the region coordinator types the addressable object's id
 * @param apiKey  sent as {@code X-Api-Key} (the Kadaster issues one per organisation)
 */
@ConfigurationProperties("verwijsindex.covenant.bag")
public record BagProperties(
        String baseUrl,
        String apiKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    public BagProperties {
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.strip().matches("https?://\\S+")) {
            throw new IllegalArgumentException("verwijsindex.covenant.bag.base-url must be an http(s) URL");
        }
        baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }

    /** The settings for a register at this URL with this key, with the default timeouts. */
    public static BagProperties of(String baseUrl, String apiKey) {
        return new BagProperties(baseUrl, apiKey, null, null);
    }

    boolean connected() {
        return baseUrl != null && !baseUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "BagProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
