// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpServer;

import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the BRP API Personen v2 (Haal Centraal) with synthetic persons
 * ({@code standalone/brp-fixture.json}, who is who in docs/stand-in-brp.md), on its own port, for the
 * standalone run and the tests. It answers {@code POST /haalcentraal/api/brp/personen} for
 * RaadpleegMetBurgerservicenummer, ZoekMetGeslachtsnaamEnGeboortedatum and
 * ZoekMetAdresseerbaarObjectIdentificatie with the names and shapes of the specification. On the same port it
 * stands in for the address register too: the BAG API's {@code GET /adressen} on the fixture's addresses
 * ({@link AddressesHandler}).
 *
 * <p>Tests change the register with {@link #move}, {@link #die} and {@link #reset}, see what it was asked
 * with {@link #asked()}, and make it misbehave with {@link #misbehave}: controls for tests only, reachable
 * from no HTTP endpoint.
 */
public final class StandInBrp {

    /** As in the specification's server URL; the client's base URL is this on the stand-in's host and port. */
    public static final String BASE_PATH = "/haalcentraal/api/brp";

    private static final Logger log = LoggerFactory.getLogger(StandInBrp.class);

    private final int configuredPort;
    private final String apiKey;
    private final Population population;
    private final PersonDocuments documents;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Conduct conduct = new Conduct();
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param port   0 for any free port
     * @param apiKey the {@code X-API-KEY} every request must carry; null or blank: none
     */
    public StandInBrp(int port, String apiKey, Clock clock) {
        this(port, apiKey, clock, List.of());
    }

    /**
     * @param residents persons beyond the fixture, each alone at an address of its own in their municipality: part of
     *                  the register as the fixture is, {@link #reset()} keeps them
     */
    public StandInBrp(int port, String apiKey, Clock clock, List<Resident> residents) {
        this(port, apiKey, clock, residents, null);
    }

    /**
     * @param populationFile more persons and addresses, in the fixture's format (docs/stand-in-brp.md, "A population
     *                       of your own"), part of the register as the fixture is; null: none. The benchmark's youths,
     *                       with their parents and households (bench/run.sh), so their person checks find them.
     */
    public StandInBrp(int port, String apiKey, Clock clock, List<Resident> residents, Path populationFile) {
        this.configuredPort = port;
        this.apiKey = apiKey;
        this.population = Population.load(residents, populationFile);
        this.documents = new PersonDocuments(population, clock, json);
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", configuredPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the stand-in BRP on port " + configuredPort, e);
        }
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "stand-in-brp");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new PersonsHandler(population, documents, json, apiKey, conduct));
        server.createContext(AddressesHandler.BASE_PATH, new AddressesHandler(population, json, apiKey));
        server.start();
        log.info(
                "Stand-in BRP with {} synthetic persons at {}/personen",
                population.all().size(),
                baseUrl());
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** The port it listens on (while started). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The stand-in BRP is not started");
        }
        return server.getAddress().getPort();
    }

    /** What {@code verwijsindex.person.brp.base-url} is set to for it, e.g. {@code http://127.0.0.1:41234/haalcentraal/api/brp}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + BASE_PATH;
    }

    /**
     * What {@code verwijsindex.covenant.bag.base-url} is set to for the stand-in address register (BAG) on the same
     * port, e.g. {@code http://127.0.0.1:41234/lvbag/individuelebevragingen/v2}.
     */
    public String bagBaseUrl() {
        return "http://127.0.0.1:" + port() + AddressesHandler.BASE_PATH;
    }

    /** The BSNs of everyone in the register (the fixture and the residents), the deceased included. */
    public List<String> bsns() {
        return population.all().stream().map(Fixture.RegisteredPerson::bsn).toList();
    }

    /**
     * R-MOVE: the person now lives at another of the fixture's addresses (its key, e.g. {@code hendriks-leiden});
     * the municipality of registration follows the address.
     */
    public void move(Bsn bsn, String addressKey) {
        population.move(bsn, addressKey);
    }

    /** R-DEATH: the register records the person's death on this date. */
    public void die(Bsn bsn, LocalDate date) {
        population.die(bsn, date);
    }

    /** Back to the fixture as loaded: undoes every move and death since, behaves again and forgets what it was asked. */
    public void reset() {
        population.reset();
        conduct.misbehave(Misbehaviour.NONE, Duration.ZERO);
        conduct.forget();
    }

    /** Every valid query since the last {@link #reset} or {@link #forgetAsked}, in order, answered or not. */
    public List<Asked> asked() {
        return conduct.asked();
    }

    /** How many queries got a readable 200 answer since the last {@link #reset} or {@link #forgetAsked}. */
    public int answered() {
        return conduct.answeredCount();
    }

    public void forgetAsked() {
        conduct.forget();
    }

    /**
     * From now on answers every query this way, until {@link #behave}.
     *
     * @param delay for {@link Misbehaviour#SLOW}: how long to wait before answering
     */
    public void misbehave(Misbehaviour misbehaviour, Duration delay) {
        conduct.misbehave(misbehaviour, delay);
    }

    public void misbehave(Misbehaviour misbehaviour) {
        misbehave(misbehaviour, Duration.ZERO);
    }

    /** Answers properly again. */
    public void behave() {
        conduct.misbehave(Misbehaviour.NONE, Duration.ZERO);
    }

    /** Who else lives in the stand-in's register: a bean of the standalone run (the demo history) adds them. */
    public interface Residents {

        List<Resident> residents();
    }

    /**
     * A synthetic person beyond the fixture (the demo history's youths), who lives alone at an address made up for
     * them in the municipality.
     *
     * @param gender       M, V or O
     * @param municipality the fixture's municipality code, e.g. {@code 0307}
     */
    public record Resident(
            Bsn bsn, String givenNames, String surname, String gender, LocalDate birthDate, String municipality) {

        @Override
        public String toString() {
            return "Resident[***]";
        }
    }

    /** A query the stand-in received: its type and the {@code fields} asked, never a parameter value. */
    public record Asked(String type, List<String> fields) {}

    /** The ways a register fails that the index must survive (issue 13, the drills). */
    public enum Misbehaviour {
        NONE,
        /** Answers properly, but only after the delay. */
        SLOW,
        /** HTTP 500 with a Foutbericht. */
        SERVER_ERROR,
        /** HTTP 503 with a Foutbericht. */
        UNAVAILABLE,
        /** HTTP 200 with a body that is not JSON. */
        MALFORMED
    }
}
