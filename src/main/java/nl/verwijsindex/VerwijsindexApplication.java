// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Verwijsindex: a reference index in which professionals who work with young people register
 * only that they are involved, so that the index can put them in touch.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(systemName = "Verwijsindex", sharedModules = "shared")
public class VerwijsindexApplication {

    public static void main(String[] args) {
        SpringApplication.run(VerwijsindexApplication.class, args);
    }
}
