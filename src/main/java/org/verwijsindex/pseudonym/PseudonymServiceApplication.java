// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.verwijsindex.party.PartyApplication;
import org.verwijsindex.party.PartyWebServer;

/**
 * The pseudonym service (docs/adr/0026). Its own settings file ({@code pseudonym.properties}, not the regional
 * {@code application.properties}) and only the auto-configuration every party needs ({@link PartyWebServer}), so that it never starts a
 * database, Flyway, sessions, mail or Modulith that the shared classpath carries for the regional index.
 */
@SpringBootConfiguration
@ComponentScan
@EnableConfigurationProperties(PseudonymServiceSettings.class)
@PartyWebServer
public class PseudonymServiceApplication {

    /** The settings file's base name: {@code pseudonym.properties} and {@code pseudonym-<profile>.properties}. */
    public static final String CONFIG_NAME = "pseudonym";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as {@link #main} starts it; tests and the multi-party demo run it in their own JVM. */
    public static SpringApplication application() {
        SpringApplication application = PartyApplication.of(PseudonymServiceApplication.class, CONFIG_NAME);
        return application;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
