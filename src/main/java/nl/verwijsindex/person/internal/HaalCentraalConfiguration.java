// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.logbook.Logbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connects the Haal Centraal BRP client when {@code verwijsindex.person.brp.base-url} is set (and
 * {@code verwijsindex.person.brp.enabled} is not false). Otherwise {@link PersonRegisterConfiguration} declares
 * the unconnected register: there is always exactly one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(HaalCentraalConfiguration.BaseUrlSet.class)
@EnableConfigurationProperties(BrpProperties.class)
class HaalCentraalConfiguration {

    @Bean
    HaalCentraalPersonRegister haalCentraalPersonRegister(
            BrpProperties properties,
            JsonMapper json,
            ObjectProvider<MeterRegistry> meters,
            Clock clock,
            ObjectProvider<Logbook> logbook) {
        return new HaalCentraalPersonRegister(
                properties, json, meters.getIfAvailable(SimpleMeterRegistry::new), clock, logbook.getIfAvailable());
    }

    /** A base URL with text in it, and not switched off. */
    static class BaseUrlSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("verwijsindex.person.brp.base-url", "");
            return !url.isBlank()
                    && context.getEnvironment().getProperty("verwijsindex.person.brp.enabled", Boolean.class, true);
        }
    }
}
