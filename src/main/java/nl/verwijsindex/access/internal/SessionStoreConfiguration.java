// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The web sessions live in the database (Spring Session JDBC, tables of V24), so that every instance knows
 * every login (docs/adr/0017). An attribute that no longer deserialises, after an upgrade changed a class
 * in it, reads as absent: the visitor logs in again instead of getting an error page on every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> forgivingSessionAttributes() {
        return repository ->
                repository.setConversionService(forgivingConversions(SessionStoreConfiguration.class.getClassLoader()));
    }

    static GenericConversionService forgivingConversions(ClassLoader classLoader) {
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException e) {
                // The message names the class, never the content.
                log.warn(
                        "A session attribute from an earlier version could not be read and is dropped: {}",
                        e.getMostSpecificCause().toString());
                return null;
            }
        });
        return conversions;
    }
}
