// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link HubBenchmark} through Surefire for bench/hub.sh, which needs no classpath of its own that way (the
 * dependency plugin is not available offline). Not part of the suite: the name matches none of Surefire's patterns,
 * so it runs only when named ({@code -Dtest=HubBenchmarkRun}). Arguments as system properties {@code hub.bench.*}.
 */
class HubBenchmarkRun {

    @Test
    void benchmark() throws Exception {
        HubBenchmark.main(new String[] {
            System.getProperty("hub.bench.signals", "100000"),
            System.getProperty("hub.bench.seconds", "30"),
            System.getProperty("hub.bench.clients", "8"),
            System.getProperty("hub.bench.known-share", "0.3")
        });
    }
}
