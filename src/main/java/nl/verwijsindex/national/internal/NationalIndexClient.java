// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.net.URI;

import javax.net.ssl.SSLContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.verwijsindex.national.client.HttpNationalIndex;
import org.verwijsindex.national.client.NationalIndex;

import nl.verwijsindex.national.NationalProperties;

/**
 * The real national index (docs/adr/0033, 0034): {@link HttpNationalIndex} over mutual TLS with the client
 * certificate of the SSL bundle {@code verwijsindex.national.ssl-bundle}, whose CN is this region at the hub and at
 * the pseudonym service. Lazy, so a test that puts a primary double in its place never needs a certificate.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class NationalIndexClient {

    @Bean
    @Lazy
    NationalIndex httpNationalIndex(NationalProperties properties, SslBundles bundles) {
        SSLContext tls;
        try {
            tls = bundles.getBundle(properties.sslBundle()).createSslContext();
        } catch (NoSuchSslBundleException e) {
            throw new IllegalStateException(
                    "verwijsindex.national.ssl-bundle names the SSL bundle '"
                            + properties.sslBundle() + "', which is not configured (spring.ssl.bundle.pem."
                            + properties.sslBundle() + ".*; README, \"National index\")",
                    e);
        }
        return new HttpNationalIndex(
                URI.create(properties.hubUrl().strip()),
                URI.create(properties.pseudonymServiceUrl().strip()),
                properties.recipient(),
                properties.keyVersion(),
                tls,
                properties.timeout());
    }
}
