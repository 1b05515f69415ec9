// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.verwijsindex.Api;
import nl.verwijsindex.Api.Response;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.signal.ExpiriesApproaching;
import nl.verwijsindex.signal.ExpiryApproaching;
import nl.verwijsindex.standalone.InProcessMailServer;
import tools.jackson.databind.JsonNode;

/** R-ACTIVE-2Y: asked to extend four weeks before the end (once per period), and extending starts a new period. */
@IntegrationTest
@RecordApplicationEvents
class ExpiryReminderTest {

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionSweep sweep;

    @Autowired
    InProcessMailServer mailServer;

    Api api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new Fixtures(context);
    }

    @Test
    void R_ACTIVE_2Y_theProfessionalIsRemindedOnceAtTheLeadTimeAndExtendingStartsANewPeriod() {
        Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String id = api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), "2014-03-01"))
                .json()
                .at("/signal/id")
                .asString();
        // As if registered almost two years ago: it ends in 30 days.
        LocalDate today = LocalDate.now();
        LocalDate end = today.plusDays(30);
        jdbc.sql("update signal set active_until = :end where id = cast(:id as uuid)")
                .param("end", end)
                .param("id", id)
                .update();

        sweep.sweep(end.minusDays(29));
        assertThat(reminders(p)).as("not yet: the default lead time is 28 days").isEmpty();
        sweep.sweep(end.minusDays(28));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(p).size() == 1);
        assertThat(reminders(p).get(0).at("/signalId").asString()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailServer.received().stream().anyMatch(m -> m.to().equals(p.email())));
        assertThat(mailServer.received().stream()
                        .filter(m -> m.to().equals(p.email()))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .as("R-MAIL-EMPTY")
                .doesNotContain(id)
                .contains("Log in");
        sweep.sweep(end.minusDays(27));
        assertThat(reminders(p)).as("once per period").hasSize(1);

        Response extended = api.post(p.signalsPath() + "/" + id + "/extend", p.token(), "");
        assertThat(extended.status()).isEqualTo(200);
        LocalDate newEnd = LocalDate.parse(extended.json().at("/activeUntil").asString());
        assertThat(newEnd).isEqualTo(today.plusYears(2));
        assertThat(context.getBean(Logbook.class).entriesForProfessional(p.id().value(), 10))
                .anySatisfy(e -> assertThat(e.entry().action()).isEqualTo(Action.SIGNAL_EXTENDED));

        sweep.sweep(end);
        assertThat(status(id)).as("extended, so it did not expire").isEqualTo("ACTIVE");
        sweep.sweep(newEnd.minusDays(28));
        await().atMost(Duration.ofSeconds(20)).until(() -> reminders(p).size() == 2);
    }

    /**
     * Issue 18: after a large import the first sweep reminded tens of thousands of signals, one event each. A
     * batch of the sweep is one event now, and every signal in it still gets its one reminder.
     */
    @Test
    void R_ACTIVE_2Y_aSweepPublishesOneEventPerBatchAndEverySignalInItIsReminded() {
        Professional first = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        Professional second = fixtures.professional(first.organisation());
        LocalDate end = LocalDate.now().plusDays(40);
        List<String> ids = new ArrayList<>();
        for (Professional p : List.of(first, second)) {
            for (int i = 0; i < 3; i++) {
                ids.add(api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), "2014-03-01"))
                        .json()
                        .at("/signal/id")
                        .asString());
            }
        }
        jdbc.sql("update signal set active_until = :end where id = any(cast(:ids as uuid[]))")
                .param("end", end)
                .param("ids", ids.toArray(String[]::new))
                .update();

        sweep.sweep(end.minusDays(28));

        List<ExpiriesApproaching> batches =
                events.stream(ExpiriesApproaching.class).toList();
        assertThat(batches)
                .as("fewer than %d due: one batch", RetentionSweep.BATCH)
                .hasSize(1);
        assertThat(batches.get(0).expiries())
                .extracting(e -> e.signalId().value().toString())
                .containsAll(ids);
        assertThat(events.stream(ExpiryApproaching.class))
                .as("no event per signal")
                .isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(reminders(first))
                    .extracting(n -> n.at("/signalId").asString())
                    .hasSize(3);
            assertThat(reminders(second))
                    .extracting(n -> n.at("/signalId").asString())
                    .hasSize(3);
        });
        assertThat(reminders(first))
                .extracting(n -> n.at("/signalId").asString())
                .isSubsetOf(ids);
    }

    @Test
    void R_ACTIVE_2Y_anEndedSignalCannotBeExtendedAndNeitherCanSomeoneElses() {
        Professional p = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        Professional colleague = fixtures.professional(p.organisation());
        String id = api.post(p.signalsPath(), p.token(), Api.registration(TestBsns.random(), "2014-03-01"))
                .json()
                .at("/signal/id")
                .asString();
        Response someoneElses = api.post(colleague.signalsPath() + "/" + id + "/extend", p.token(), "");
        assertThat(someoneElses.status()).isEqualTo(404);
        api.post(p.signalsPath() + "/" + id + "/end", p.token(), "{\"reason\":\"RISK_GONE\"}");
        Response ended = api.post(p.signalsPath() + "/" + id + "/extend", p.token(), "");
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.json().at("/code").asString()).isEqualTo("signal-not-active");
        assertThat(status(id)).isEqualTo("ARCHIVED");
    }

    private List<JsonNode> reminders(Professional p) {
        List<JsonNode> items = new ArrayList<>();
        api.get(p.inboxPath(), p.token()).json().forEach(n -> {
            if (n.at("/kind").asString().equals("EXPIRY_REMINDER")) {
                items.add(n);
            }
        });
        return items;
    }

    private String status(String id) {
        return jdbc.sql("select status from signal where id = cast(:id as uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
