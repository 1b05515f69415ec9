// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs once the hub's settings are read, before anything is built from them: starts an embedded PostgreSQL for the
 * demo ({@code verwijsindex.hub.embedded-database.enabled}, profile {@code demo}) when no database is set, and stops
 * the start with one message naming every required setting that is missing, instead of a stack trace about the
 * first bean that needed one.
 */
final class HubEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final List<String> REQUIRED = List.of(
            "spring.datasource.url",
            "verwijsindex.hub.keys-file",
            "verwijsindex.hub.regions",
            "spring.ssl.bundle.pem.hub.keystore.certificate",
            "spring.ssl.bundle.pem.hub.keystore.private-key",
            "spring.ssl.bundle.pem.hub.truststore.certificate");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.getProperty("verwijsindex.hub.embedded-database.enabled", Boolean.class, false)
                && !hasText(environment, "spring.datasource.url")) {
            Path dir = Path.of(environment.getProperty("verwijsindex.hub.embedded-database.data-dir", "data/hub"))
                    .toAbsolutePath()
                    .normalize();
            EmbeddedPostgres postgres = startEmbedded(dir);
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "hubEmbeddedPostgres",
                            Map.of(
                                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                    "spring.datasource.username", "postgres",
                                    "spring.datasource.password", "postgres")));
        }
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            if (!hasText(environment, name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The national index cannot start: these settings are missing: "
                    + String.join(", ", missing) + " (README, \"National index\")");
        }
    }

    private static boolean hasText(ConfigurableEnvironment environment, String name) {
        String value = environment.getProperty(name);
        return value != null && !value.isBlank();
    }

    private static EmbeddedPostgres startEmbedded(Path dir) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .start();
            // After the application context has closed, as the regional demo does (EmbeddedPostgresEnvironment).
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is stopping; nothing left to do
                }
            });
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the hub's embedded PostgreSQL in " + dir, e);
        }
    }
}
