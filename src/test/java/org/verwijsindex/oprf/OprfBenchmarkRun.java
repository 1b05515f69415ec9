// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link OprfBenchmark} through Surefire for bench/oprf.sh, as {@code HubBenchmarkRun} does for the hub: offline,
 * the dependency plugin the script used before to build a classpath is not available, and Surefire has the classpath.
 * Not part of the suite: the name matches none of Surefire's patterns, so it runs only when named ({@code
 * -Dtest=OprfBenchmarkRun}). The seconds per measurement as system property {@code oprf.bench.seconds}.
 */
class OprfBenchmarkRun {

    @Test
    void benchmark() {
        OprfBenchmark.main(new String[] {System.getProperty("oprf.bench.seconds", "5")});
    }
}
