// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the standalone run, points the BRP client at the stand-in: fixes the stand-in's port (a free one for
 * port 0) and sets {@code verwijsindex.person.brp.base-url} (and {@code api-key}) to it, before any bean is
 * made, so the client is configured exactly as against a real BRP. A base URL that is already set wins:
 * the stand-in then runs unused. The same for the address register (BAG), which the stand-in serves too.
 */
class StandInBrpEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean standalone = environment.getProperty("verwijsindex.standalone.enabled", Boolean.class, false);
        boolean standIn = environment.getProperty("verwijsindex.standalone.brp.enabled", Boolean.class, true);
        String baseUrl = environment.getProperty("verwijsindex.person.brp.base-url", "");
        if (!standalone || !standIn || !baseUrl.isBlank()) {
            return;
        }
        int port = environment.getProperty("verwijsindex.standalone.brp.port", Integer.class, 0);
        if (port == 0) {
            port = freePort();
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("verwijsindex.standalone.brp.port", port);
        properties.put("verwijsindex.person.brp.base-url", "http://127.0.0.1:" + port + StandInBrp.BASE_PATH);
        String apiKey = environment.getProperty("verwijsindex.standalone.brp.api-key", "");
        if (!apiKey.isBlank() && !environment.containsProperty("verwijsindex.person.brp.api-key")) {
            properties.put("verwijsindex.person.brp.api-key", apiKey);
        }
        // The stand-in address register (BAG) on the same port, unless a real one is set.
        if (environment.getProperty("verwijsindex.covenant.bag.base-url", "").isBlank()) {
            properties.put(
                    "verwijsindex.covenant.bag.base-url", "http://127.0.0.1:" + port + AddressesHandler.BASE_PATH);
            if (!apiKey.isBlank() && !environment.containsProperty("verwijsindex.covenant.bag.api-key")) {
                properties.put("verwijsindex.covenant.bag.api-key", apiKey);
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("standInBrp", properties));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
