// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import static nl.verwijsindex.standalone.brp.StandInPersons.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.standalone.brp.StandInBrp.Misbehaviour;
import nl.verwijsindex.youth.Bsn;

/**
 * Issue 13, the failures the test suite rehearses, BRP part: the stand-in BRP answers too slowly for the
 * client, with 500 or 503, or with a body that is not JSON. Registrations go on (201), the checks of the
 * registered youths wait, and after the register recovers every one of them catches up. Each drill counts
 * what it sent and what arrived.
 */
@IntegrationTest
class BrpOutageDrillTest {

    /** Youths of the stand-in BRP (not of the test double), with their birth dates there. */
    private static final Map<Bsn, LocalDate> YOUTHS = Map.of(
            NOAH_JANSEN, LocalDate.of(2013, 4, 2),
            EMMA_JANSEN, LocalDate.of(2016, 9, 30),
            ELIF_KAYA, LocalDate.of(2012, 1, 23),
            JULIA_BOS, LocalDate.of(2014, 8, 8),
            MILAN_SMIT, LocalDate.of(2009, 2, 14));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StandInBrp standIn;

    @AfterEach
    void recover() {
        standIn.behave();
    }

    @ParameterizedTest
    @EnumSource(value = Misbehaviour.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void registrationsGoOnWhileTheBrpMisbehavesAndTheChecksCatchUpAfterwards(Misbehaviour misbehaviour) {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Instant started = Instant.now().minusSeconds(1);

        standIn.misbehave(misbehaviour, Duration.ofSeconds(3));
        int sent = 0;
        List<UUID> arrived = new ArrayList<>();
        for (Map.Entry<Bsn, LocalDate> youth : YOUTHS.entrySet()) {
            Professional pro = fixtures.professional(fixtures.organisation(region));
            Api.Response response = api.post(
                    pro.signalsPath(),
                    pro.token(),
                    Api.registration(youth.getKey().value(), youth.getValue().toString()));
            sent++;
            assertThat(response.status())
                    .as(misbehaviour + ": " + response.body())
                    .isEqualTo(201);
            arrived.add(UUID.fromString(response.json().at("/signal/id").asString()));
        }
        assertThat(arrived).as("every registration sent arrived").hasSize(sent);
        assertThat(signalsStored(arrived)).isEqualTo(sent);

        // While the register misbehaves, each youth's check was tried, failed and stays due.
        await().atMost(Duration.ofSeconds(60)).until(() -> failingAndDue(arrived) == YOUTHS.size());
        assertThat(caughtUp(arrived, started)).isZero();

        standIn.behave();

        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp(arrived, started) == YOUTHS.size());
        assertThat(failingAndDue(arrived)).isZero();
    }

    private long signalsStored(List<UUID> signals) {
        return jdbc.sql("select count(*) from signal where id in (:s)")
                .param("s", signals)
                .query(Long.class)
                .single();
    }

    private long failingAndDue(List<UUID> signals) {
        return jdbc.sql("""
                        select count(distinct yp.youth_id) from youth_person yp join signal s on s.youth_id = yp.youth_id
                        where s.id in (:s) and yp.sync_due_at is not null and yp.sync_attempts > 0""").param("s", signals).query(Long.class).single();
    }

    /** Checked after the drill began: due no more, the register's data stored. */
    private long caughtUp(List<UUID> signals, Instant since) {
        return jdbc.sql("""
                        select count(distinct yp.youth_id) from youth_person yp join signal s on s.youth_id = yp.youth_id
                        where s.id in (:s) and yp.sync_due_at is null and yp.state = 'CURRENT'
                        and yp.synced_at >= :since and yp.municipality_code is not null""")
                .param("s", signals)
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }
}
