// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.party;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.support.EnvironmentPostProcessorsFactory;
import org.springframework.context.ApplicationListener;

/**
 * A party's Spring Boot application beside the regional index on one classpath (docs/adr/0026): its own settings
 * file, and none of the regional index's environment post-processors (embedded PostgreSQL, the stand-in BRP, its
 * required-settings check), which Spring Boot would otherwise run for every application on the classpath.
 */
public final class PartyApplication {

    private PartyApplication() {}

    /** @param configName the settings file's base name: {@code <name>.properties} and {@code <name>-<profile>.properties} */
    public static SpringApplication of(Class<?> configuration, String configName) {
        SpringApplication application = new SpringApplication(configuration);
        application.setDefaultProperties(Map.of("spring.config.name", configName));
        application.setListeners(withoutRegionalEnvironment(application.getListeners()));
        return application;
    }

    private static Set<ApplicationListener<?>> withoutRegionalEnvironment(Set<ApplicationListener<?>> listeners) {
        EnvironmentPostProcessorsFactory all =
                EnvironmentPostProcessorsFactory.fromSpringFactories(PartyApplication.class.getClassLoader());
        EnvironmentPostProcessorsFactory ownOnly = (logFactory, bootstrapContext) ->
                all.getEnvironmentPostProcessors(logFactory, bootstrapContext).stream()
                        .filter(processor -> !processor.getClass().getName().startsWith("nl.verwijsindex."))
                        .toList();
        return listeners.stream()
                .map(listener -> listener instanceof EnvironmentPostProcessorApplicationListener
                        ? EnvironmentPostProcessorApplicationListener.with(ownOnly)
                        : listener)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
