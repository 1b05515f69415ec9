// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * DESIGN decision 3: professionals registering the same youth at the same moment produce each match
 * exactly once, and a request retried concurrently with one idempotency key produces one signal.
 */
@IntegrationTest
class ConcurrentRegistrationTest {

    private static final int PROFESSIONALS = 8;
    private static final String BIRTH_DATE = LocalDate.now().minusYears(15).toString();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

    Api api;
    Fixtures fixtures;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
        threads = Executors.newFixedThreadPool(PROFESSIONALS);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @RepeatedTest(3)
    void R_MATCH_YOUTH_simultaneousRegistrationsOnOneYouthMakeEveryPairExactlyOnceAndOneNoticePerProfessionalPerMatch()
            throws Exception {
        String region = fixtures.region(false);
        List<Professional> professionals = IntStream.range(0, PROFESSIONALS)
                .mapToObj(i -> fixtures.professional(fixtures.organisation(region)))
                .toList();
        String bsn = TestBsns.random();

        List<Response> responses = all(professionals.stream()
                .map(p -> (Callable<Response>)
                        () -> api.post(p.signalsPath(), p.token(), Api.registration(bsn, BIRTH_DATE)))
                .toList());

        assertThat(responses).extracting(Response::status).containsOnly(201);
        List<String> signalIds = responses.stream()
                .map(r -> r.json().at("/signal/id").asString())
                .toList();
        String inSignals = "("
                + String.join(",", signalIds.stream().map(id -> "'" + id + "'").toList()) + ")";
        int expectedPairs = PROFESSIONALS * (PROFESSIONALS - 1) / 2;
        assertThat(count("select count(*) from match_pair where signal_a::text in " + inSignals
                        + " and signal_b::text in " + inSignals))
                .isEqualTo(expectedPairs);
        assertThat(count("select count(distinct match_case_id) from match_participant where signal_id::text in "
                        + inSignals))
                .as("one match case per youth")
                .isEqualTo(1);
        assertThat(count("select count(*) from match_participant where signal_id::text in " + inSignals))
                .isEqualTo(PROFESSIONALS);
        for (Professional p : professionals) {
            assertThat(api.get(p.matchesPath(), p.token()).json()).hasSize(PROFESSIONALS - 1);
        }

        // One notice per professional per new match: each of the 28 pairs tells its two professionals.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from notice n join match_pair mp on mp.id = n.match_pair_id"
                                + " where mp.signal_a::text in " + inSignals)
                        == 2 * expectedPairs);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> professionals.stream()
                        .allMatch(p -> mailServer.received().stream()
                                        .filter(m -> m.to().equals(p.email()))
                                        .count()
                                == PROFESSIONALS - 1));
        for (Professional p : professionals) {
            assertThat(api.get(p.inboxPath(), p.token()).json()).hasSize(PROFESSIONALS - 1);
        }
    }

    @Test
    void aRequestRetriedConcurrentlyWithOneIdempotencyKeyRegistersOneSignal() throws Exception {
        Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String body = Api.registration(TestBsns.random(), BIRTH_DATE);
        List<Response> responses = all(IntStream.range(0, PROFESSIONALS)
                .mapToObj(i -> (Callable<Response>)
                        () -> api.post(p.signalsPath(), p.token(), body, Map.of("Idempotency-Key", "retry-storm")))
                .toList());

        assertThat(responses)
                .extracting(Response::status)
                .as("every retry answers as the first did")
                .containsOnly(201);
        assertThat(responses)
                .filteredOn(r -> r.header("Idempotent-Replayed") == null)
                .as("one registered, the others are replays")
                .hasSize(1);
        assertThat(responses)
                .extracting(r -> r.json().at("/signal/id").asString())
                .containsOnly(responses.get(0).json().at("/signal/id").asString());
        assertThat(api.get(p.signalsPath(), p.token()).json()).hasSize(1);
    }

    @Test
    void oneProfessionalRegisteringOneYouthSimultaneouslyWithoutAKeyStillHasOneActiveSignal() throws Exception {
        Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String body = Api.registration(TestBsns.random(), BIRTH_DATE);
        List<Response> responses = all(IntStream.range(0, PROFESSIONALS)
                .mapToObj(i -> (Callable<Response>) () -> api.post(p.signalsPath(), p.token(), body))
                .toList());
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(PROFESSIONALS - 1);
        assertThat(api.get(p.signalsPath(), p.token()).json()).hasSize(1);
    }

    /** Runs the calls at the same moment, one thread each, released together by a barrier. */
    private List<Response> all(List<Callable<Response>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
