// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import jakarta.mail.util.StreamProvider;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: Jakarta Mail finds its stream provider without scanning the class path for every e-mail
 * (jakartaee/mail-api#861): the application names Angus Mail's in the system property the API reads first.
 */
class MailStreamProviderTest {

    @Test
    void theMailStreamProviderIsMadeWithoutAServiceLoaderScan() throws ClassNotFoundException {
        // as when Spring Boot starts the application (the constant below is inlined and does not load the class)
        Class.forName(VerwijsindexApplication.class.getName(), true, getClass().getClassLoader());
        assertThat(VerwijsindexApplication.MAIL_STREAM_PROVIDER).isEqualTo(StreamProvider.class.getName());
        ResourceCountingLoader loader = new ResourceCountingLoader(getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        } finally {
            thread.setContextClassLoader(before);
        }
        assertThat(loader.lookedUp)
                .as("no ServiceLoader scan for the stream provider")
                .doesNotContain("META-INF/services/" + StreamProvider.class.getName());
    }

    /** Records which resources the class path was asked for; finds classes and resources as its parent does. */
    private static final class ResourceCountingLoader extends ClassLoader {

        private final List<String> lookedUp = new ArrayList<>();

        ResourceCountingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            synchronized (lookedUp) {
                lookedUp.add(name);
            }
            return super.getResources(name);
        }
    }
}
