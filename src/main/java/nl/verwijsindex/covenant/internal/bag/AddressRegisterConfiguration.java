// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal.bag;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.verwijsindex.covenant.AddressRegister;
import nl.verwijsindex.covenant.AddressRegisterUnavailable;
import nl.verwijsindex.covenant.RegisteredAddress;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly one {@link AddressRegister}: the BAG client when {@code verwijsindex.covenant.bag.base-url} is set, else
 * none connected (the region coordinator then types the addressable object's id, as before).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BagProperties.class)
class AddressRegisterConfiguration {

    @Bean
    AddressRegister addressRegister(BagProperties properties, JsonMapper json) {
        return properties.connected() ? new BagAddressRegister(properties, json) : new Unconnected();
    }

    /** No address register: nothing to ask. */
    static final class Unconnected implements AddressRegister {

        @Override
        public boolean connected() {
            return false;
        }

        @Override
        public List<RegisteredAddress> at(String postcode, int houseNumber) {
            throw new AddressRegisterUnavailable(
                    "no address register is connected (verwijsindex.covenant.bag.base-url)");
        }
    }
}
