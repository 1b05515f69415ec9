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

    /**
     * Jakarta Mail 2.1 looks up its {@code StreamProvider} with a {@link java.util.ServiceLoader} scan of the class
     * path for every e-mail it writes or parses (jakartaee/mail-api#699 and #861, open): 7.4% of the service's CPU in
     * the benchmark's profile at da2ca9b, half in sending notices, half in the in-process SMTP server. The API's
     * {@code FactoryFinder} takes the system property named after the interface first, and makes the class it names
     * without the scan: Angus Mail's, the implementation on the class path. An operator's own setting is kept.
     */
    static final String MAIL_STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(MAIL_STREAM_PROVIDER) == null) {
            System.setProperty(MAIL_STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(VerwijsindexApplication.class, args);
    }
}
