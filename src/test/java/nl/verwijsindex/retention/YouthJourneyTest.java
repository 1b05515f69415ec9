// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import tools.jackson.databind.JsonNode;

/**
 * One youth through the whole lifecycle: registration, reminder and extension, transfer, match, ending,
 * archive, the one-time archive hit, and deletion at 23; at every step what each professional sees in
 * their signals, matches and inbox, and which e-mails they receive. At the end nothing of the youth
 * remains but the proofs of deletion.
 */
@IntegrationTest
class YouthJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionSweep sweep;

    @Autowired
    InProcessMailServer mail;

    @Autowired
    BsnProtection protection;

    Api api;

    @Test
    void
            R_ACTIVE_2Y_R_TRANSFER_R_MATCH_YOUTH_R_END_R_ARCHIVE_HIT_R_AGE_23_R_PROOF_oneYouthFromFirstSignalToDeletionAt23() {
        api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Organisation team = fixtures.organisation(region);
        Professional anna = fixtures.professional(team);
        Professional ben = fixtures.professional(team);
        Professional carla = fixtures.professional(fixtures.organisation(region, "YOUTH_HEALTH_CARE"));
        Professional dirk = fixtures.professional(fixtures.organisation(region, "SECONDARY_EDUCATION"));
        String bsn = TestBsns.random();
        LocalDate born = LocalDate.now().minusYears(22).minusMonths(3);
        String birthDate = born.toString();
        LocalDate today = LocalDate.now();

        // 1. Anna registers: a signal, no match, nothing in anyone's inbox.
        String signal = api.post(anna.signalsPath(), anna.token(), Api.registration(bsn, birthDate))
                .json()
                .at("/signal/id")
                .asString();
        assertThat(signals(anna)).containsExactly(signal);
        assertThat(api.get(anna.matchesPath(), anna.token()).json()).isEmpty();
        assertThat(inboxKinds(anna)).isEmpty();

        // 2. Four weeks before the end Anna is asked to extend (as if registered almost two years ago); she does.
        jdbc.sql("update signal set active_until = :end where id = cast(:id as uuid)")
                .param("end", today.plusDays(20))
                .param("id", signal)
                .update();
        sweep.sweep(today);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxKinds(anna).equals(List.of("EXPIRY_REMINDER")) && mails(anna) == 1);
        Response extended = api.post(anna.signalsPath() + "/" + signal + "/extend", anna.token(), "");
        assertThat(extended.json().at("/activeUntil").asString())
                .isEqualTo(today.plusYears(2).toString());

        // 3. The case moves to Ben: the signal is his now; both are told.
        api.post(
                anna.signalsPath() + "/" + signal + "/transfer",
                team.token(),
                "{\"toProfessionalId\":\"" + ben.id() + "\"}");
        assertThat(signals(anna)).isEmpty();
        assertThat(signals(ben)).containsExactly(signal);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inboxKinds(ben).contains("TRANSFERRED")
                        && inboxKinds(anna).contains("TRANSFERRED"));

        // 4. Carla registers the same youth: Ben and Carla are matched and told; Anna is not.
        String carlasSignal = api.post(carla.signalsPath(), carla.token(), Api.registration(bsn, birthDate))
                .json()
                .at("/signal/id")
                .asString();
        assertThat(otherNames(ben)).containsExactly(carla.name());
        assertThat(otherNames(carla)).containsExactly(ben.name());
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        inboxKinds(ben).contains("MATCH") && inboxKinds(carla).contains("MATCH"));
        assertThat(inboxKinds(anna)).doesNotContain("MATCH");
        assertThat(api.get(anna.matchesPath(), anna.token()).json()).isEmpty();

        // 5. Ben ends his signal because the risk is gone: archived; the match ends; nobody is told.
        int carlasInbox = inboxKinds(carla).size();
        api.post(ben.signalsPath() + "/" + signal + "/end", ben.token(), "{\"reason\":\"RISK_GONE\"}");
        assertThat(api.get(carla.matchesPath(), carla.token()).json()).isEmpty();
        assertThat(inboxKinds(carla)).hasSize(carlasInbox);

        // 6. Dirk registers: he sees Ben's archived signal once; he is matched with Carla; Ben hears nothing.
        int bensInbox = inboxKinds(ben).size();
        Response dirks = api.post(dirk.signalsPath(), dirk.token(), Api.registration(bsn, birthDate));
        assertThat(dirks.json().at("/archiveHits"))
                .singleElement()
                .satisfies(hit ->
                        assertThat(hit.at("/professionalName").asString()).isEqualTo(ben.name()));
        assertThat(api.post(dirk.signalsPath(), dirk.token(), Api.registration(bsn, birthDate))
                        .json()
                        .at("/archiveHits"))
                .as("shown once")
                .isEmpty();
        assertThat(otherNames(dirk)).containsExactly(carla.name());
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxKinds(dirk).contains("MATCH"));
        assertThat(inboxKinds(ben)).hasSize(bensInbox);

        // Every e-mail anyone received is content-free (R-MAIL-EMPTY).
        assertThat(mail.received())
                .allSatisfy(m -> assertThat(m.body())
                        .doesNotContain(bsn)
                        .doesNotContain(birthDate)
                        .doesNotContain(ben.name())
                        .doesNotContain(carla.name()));

        // 7. The day before the 23rd birthday nothing happens; on it, everything of the youth goes.
        LocalDate birthday = born.plusYears(23);
        String dirksSignal = dirks.json().at("/signal/id").asString();
        sweep.sweep(birthday.minusDays(1));
        assertThat(signals(dirk)).containsExactly(dirksSignal);
        sweep.sweep(birthday);
        for (Professional p : List.of(anna, ben, carla, dirk)) {
            assertThat(signals(p)).as(p.name()).isEmpty();
            assertThat(api.get(p.matchesPath(), p.token()).json()).as(p.name()).isEmpty();
            assertThat(inboxKinds(p))
                    .as(p.name() + ": notices about the youth go with the signals")
                    .isEmpty();
        }

        // Nothing of the youth remains but the proofs of deletion (R-PROOF).
        byte[] youthIndex = protection.blindIndex(new Bsn(bsn)).bytes();
        assertThat(count("select count(*) from youth where bsn_index = :x", youthIndex))
                .isZero();
        assertThat(count("select count(*) from logbook_entry where youth_index = :x", youthIndex))
                .isZero();
        for (String id : List.of(signal, carlasSignal, dirksSignal)) {
            assertThat(count("select count(*) from signal where id = cast(:x as uuid)", id))
                    .isZero();
            assertThat(count(
                            "select count(*) from match_pair where signal_a = cast(:x as uuid) or signal_b = cast(:x as uuid)",
                            id))
                    .isZero();
            assertThat(count("select count(*) from notice where signal_id = cast(:x as uuid)", id))
                    .isZero();
            assertThat(count(
                            "select count(*) from archive_hit where signal_id = cast(:x as uuid) or archived_signal_id = cast(:x as uuid)",
                            id))
                    .isZero();
            assertThat(count(
                            "select count(*) from deletion_proof where signal_id = cast(:x as uuid) and rule = 'R-AGE-23'",
                            id))
                    .isOne();
        }
    }

    private List<String> signals(Professional p) {
        List<String> ids = new ArrayList<>();
        api.get(p.signalsPath() + "?status=ACTIVE", p.token())
                .json()
                .forEach(n -> ids.add(n.at("/id").asString()));
        return ids;
    }

    private List<String> otherNames(Professional p) {
        List<String> names = new ArrayList<>();
        api.get(p.matchesPath(), p.token())
                .json()
                .forEach(n -> names.add(n.at("/otherProfessional/name").asString()));
        return names;
    }

    private List<String> inboxKinds(Professional p) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode n : api.get(p.inboxPath(), p.token()).json()) {
            kinds.add(n.at("/kind").asString());
        }
        return kinds;
    }

    private long mails(Professional p) {
        return mail.received().stream().filter(m -> m.to().equals(p.email())).count();
    }

    private int count(String sql, Object value) {
        return jdbc.sql(sql).param("x", value).query(Integer.class).single();
    }
}
