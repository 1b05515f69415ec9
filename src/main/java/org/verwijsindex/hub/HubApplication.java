// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.verwijsindex.party.PartyApplication;
import org.verwijsindex.party.PartyWebServer;

/**
 * The national index, the hub (docs/adr/0033). Made like the pseudonym service: its own settings file ({@code
 * hub.properties}) and only the auto-configuration every party needs ({@link PartyWebServer}); unlike it, with a database of its own
 * (DataSource, JDBC, transactions, Flyway from {@code classpath:db/hub} into schema {@code hub}), so that the
 * regional index's sessions, mail, scheduler and Modulith on the same classpath never start.
 */
@SpringBootConfiguration
@ComponentScan
@EnableConfigurationProperties(HubSettings.class)
@PartyWebServer
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class,
    FlywayAutoConfiguration.class
})
public class HubApplication {

    /** The settings file's base name: {@code hub.properties} and {@code hub-<profile>.properties}. */
    public static final String CONFIG_NAME = "hub";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The hub as {@link #main} starts it; tests and the multi-party demo run it in their own JVM with arguments. */
    public static SpringApplication application() {
        SpringApplication application = PartyApplication.of(HubApplication.class, CONFIG_NAME);
        application.addListeners(new HubEnvironment());
        return application;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
