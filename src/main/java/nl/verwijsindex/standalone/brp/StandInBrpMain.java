// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-in BRP as a process of its own (its BAG is not used: the service gets no address register then), for the benchmark (bench/run.sh, docs/adr/0055): so that the CPU
 * it takes to answer is not counted as the service's. Started from the application jar with Spring Boot's
 * {@code PropertiesLauncher}:
 *
 * <pre>
 * java -cp verwijsindex.jar -Dloader.main=nl.verwijsindex.standalone.brp.StandInBrpMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher &lt;port&gt; [api key]
 * </pre>
 *
 * <p>It serves the fixture only (no demo residents), as the stand-in in the service's JVM does in the benchmark, and
 * prints its base URL once it listens; the service is then started with {@code verwijsindex.person.brp.base-url} set
 * to it. It runs until the process is stopped.
 */
public final class StandInBrpMain {

    private StandInBrpMain() {}

    public static void main(String[] args) throws InterruptedException {
        StandInBrp standIn;
        try {
            standIn = start(args);
        } catch (IllegalArgumentException e) {
            System.err.println("usage: StandInBrpMain <port, 0 for a free one> [api key]");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::stop, "stand-in-brp-stop"));
        System.out.println("stand-in BRP at " + standIn.baseUrl());
        new CountDownLatch(1).await();
    }

    /** The stand-in started on the port of the first argument, with the API key of the second if there is one. */
    static StandInBrp start(String[] args) {
        if (args.length < 1 || args.length > 2 || !args[0].matches("\\d{1,5}")) {
            throw new IllegalArgumentException("expected: port [api key]");
        }
        StandInBrp standIn = new StandInBrp(
                Integer.parseInt(args[0]),
                args.length == 2 ? args[1] : null,
                Clock.system(ZoneId.of("Europe/Amsterdam")));
        standIn.start();
        return standIn;
    }
}
