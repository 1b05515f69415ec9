// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-in BRP as a process of its own (its BAG is not used: the service gets no address register then), for
 * the benchmark (bench/run.sh, docs/adr/0055): so that the CPU
 * it takes to answer is not counted as the service's. Started from the application jar with Spring Boot's
 * {@code PropertiesLauncher}:
 *
 * <pre>
 * java -cp verwijsindex.jar -Dloader.main=nl.verwijsindex.standalone.brp.StandInBrpMain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher &lt;port&gt; [api key] [--population-file=&lt;file&gt;]
 * </pre>
 *
 * <p>It serves the fixture (no demo residents) and the persons of the population file, as the stand-in in the
 * service's JVM does in the benchmark, and prints its base URL once it listens; the service is then started with
 * {@code verwijsindex.person.brp.base-url} set to it. It runs until the process is stopped.
 */
public final class StandInBrpMain {

    private StandInBrpMain() {}

    public static void main(String[] args) throws InterruptedException {
        StandInBrp standIn;
        try {
            standIn = start(args);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("usage: StandInBrpMain <port, 0 for a free one> [api key] [--population-file=<file>]");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::stop, "stand-in-brp-stop"));
        System.out.println("stand-in BRP at " + standIn.baseUrl());
        new CountDownLatch(1).await();
    }

    /**
     * The stand-in started on the port of the first argument, with the API key of the second if there is one, and the
     * persons of {@code --population-file=<file>} if it is given (last).
     */
    static StandInBrp start(String[] args) {
        List<String> positional = new ArrayList<>(Arrays.asList(args));
        Path populationFile = null;
        String option = "--population-file=";
        if (!positional.isEmpty() && positional.get(positional.size() - 1).startsWith(option)) {
            String file = positional.remove(positional.size() - 1).substring(option.length());
            if (file.isBlank()) {
                throw new IllegalArgumentException("expected: --population-file=<file>");
            }
            populationFile = Path.of(file);
        }
        if (positional.isEmpty() || positional.size() > 2 || !positional.get(0).matches("\\d{1,5}")) {
            throw new IllegalArgumentException("expected: port [api key] [--population-file=<file>]");
        }
        StandInBrp standIn = new StandInBrp(
                Integer.parseInt(positional.get(0)),
                positional.size() == 2 ? positional.get(1) : null,
                Clock.system(ZoneId.of("Europe/Amsterdam")),
                List.of(),
                populationFile);
        standIn.start();
        return standIn;
    }
}
