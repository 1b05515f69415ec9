// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.net.ProxySelector;
import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of {@link PersonsEndpoint} (issue 18, docs/adr/0055): blocking, with a pool of kept-alive
 * connections. The JDK's HttpClient handed every exchange between the asking thread, its executor and its selector
 * thread: about a fifth of the service's CPU for two small requests per registration. This one does the exchange on
 * the thread that asks.
 */
final class RegisterHttpClient {

    /**
     * Connections kept to the register: every thread that asks (request threads, the after-commit executor, the
     * scheduled checks) holds one only while it waits for its answer. A thread that finds all of them in use waits
     * for one at most as long as it would wait for an answer.
     */
    static final int MAX_CONNECTIONS = 64;

    private RegisterHttpClient() {}

    static CloseableHttpClient of(BrpProperties properties) {
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                // the JVM's TLS set-up, as the JDK's client had it (trust store, and a client certificate if the
                // javax.net.ssl.keyStore properties name one); host names verified
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(defaultTls()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(properties.readTimeout()))
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                // as the JDK's client: the JVM's proxy selector (https.proxyHost and the like), no retries of its own
                // (PersonsEndpoint decides), no redirects, no cookies, no gzip
                .setProxySelector(ProxySelector.getDefault())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .build();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no default TLS context", e);
        }
    }
}
