// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility's defaults for every test class (registered for all of them in META-INF/services, with
 * {@code junit.jupiter.extensions.autodetection.enabled} in junit-platform.properties): look at once and then every
 * 25 ms. Its own defaults waited 100 ms before the first look and between looks, so each of the suite's 150
 * {@code await()}s cost at least 100 ms, also when what it waited for had happened already. A test that needs a
 * slower pace says so with its own {@code pollInterval}.
 */
public final class QuickAwait implements BeforeAllCallback {

    static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(POLL_INTERVAL);
    }
}
