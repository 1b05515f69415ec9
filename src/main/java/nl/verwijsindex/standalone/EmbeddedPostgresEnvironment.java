// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL before the data source is configured, when the standalone run is on and
 * no external database is set, and points {@code spring.datasource.*} at it. One server per data
 * directory per JVM, so a restarted application context finds its data again.
 */
class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Map<Path, EmbeddedPostgres> SERVERS = new HashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean standalone = environment.getProperty("verwijsindex.standalone.enabled", Boolean.class, false);
        boolean demo = environment.getProperty("verwijsindex.demo.enabled", Boolean.class, false);
        if (demo && (!standalone || environment.containsProperty("spring.datasource.url"))) {
            // Safe by default (issue 12): demo accounts with a published password and published tokens never go
            // into a database somebody may use for real.
            throw new IllegalStateException("The demo data loads only into the demo's own embedded database, and "
                    + "a database is configured (spring.datasource.url) or the standalone run is off. Start without "
                    + "the demo profile (or with verwijsindex.demo.enabled=false) to use that database.");
        }
        if (!standalone || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("verwijsindex.standalone.data-dir", "data"))
                .toAbsolutePath()
                .normalize();
        boolean persistent = environment.getProperty("verwijsindex.standalone.persistent", Boolean.class, true);
        EmbeddedPostgres postgres = start(dataDir.resolve("postgres"), persistent);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "postgres")));
    }

    static synchronized EmbeddedPostgres start(Path directory, boolean persistent) {
        return SERVERS.computeIfAbsent(directory, dir -> {
            try {
                if (!persistent) {
                    stopStaleServer(dir);
                    deleteRecursively(dir);
                }
                Files.createDirectories(dir);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(!persistent)
                        // zonky's own JVM hook would race Spring's; ours below runs after the contexts close
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", persistent ? "on" : "off")
                        .start();
                // Stop the database only after every application context has closed: a JVM shutdown hook
                // of its own would race Spring's and leave the closing context without connections.
                SpringApplication.getShutdownHandlers().add(() -> close(postgres));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, e);
            }
        });
    }

    /**
     * A throw-away directory may still be held by a server of an earlier run that was killed before it
     * could stop it; that server is ended first (its PID is the first line of postmaster.pid).
     */
    private static void stopStaleServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() > 1
                && Path.of(lines.get(1)).toAbsolutePath().normalize().equals(dir)) {
            ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(server -> {
                server.destroyForcibly();
                server.onExit().orTimeout(10, TimeUnit.SECONDS).join();
            });
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is stopping; nothing left to do
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
