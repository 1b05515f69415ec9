// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The web sessions live in the database (Spring Session JDBC, tables of V24), so that every instance knows
 * every login (docs/adr/0017). Their attributes are stored as JSON of allowed types, not Java-serialised
 * (issue 12 §4, ADR 0035: {@link JsonSessionAttributes}). An attribute that no longer reads, written by an earlier
 * version, reads as absent: the visitor logs in again instead of getting an error page on every request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> jsonSessionAttributes() {
        return repository -> repository.setConversionService(
                JsonSessionAttributes.conversions(SessionStoreConfiguration.class.getClassLoader()));
    }
}
