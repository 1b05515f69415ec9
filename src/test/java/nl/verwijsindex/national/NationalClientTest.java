// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.Delivery;
import org.verwijsindex.national.protocol.DeliveryKind;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.KeyVersions;
import org.verwijsindex.national.protocol.SignalState;

import nl.verwijsindex.Api;
import nl.verwijsindex.DatabaseDump;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.MovableClock;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegisterDouble;
import nl.verwijsindex.retention.DeletionDecision;
import nl.verwijsindex.retention.DeletionDecision.Reason;
import nl.verwijsindex.retention.RegionDeletions;
import nl.verwijsindex.retention.RetentionSweep;
import nl.verwijsindex.signal.ProcessingRestrictions;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthId;

/**
 * R-NATIONAL, the regional index's side of the national index (docs/adr/0034), with the whole application on a
 * database of its own and a {@link NationalIndexDouble} for the hub: the outbox row of every change in the change's
 * transaction, sending in order through an outage, parking what the hub refuses, and deliveries applied once, told
 * content-free and shown with the other professional's contact card.
 */
@NationalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NationalClientTest {

    private static final LocalDate BIRTH_DATE = LocalDate.now().minusYears(10);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NationalIndexDouble hub;

    @Autowired
    NationalOutbox outbox;

    @Autowired
    NationalInbox inbox;

    @Autowired
    Inbox notices;

    @Autowired
    SignalRegistration registration;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PersonRegisterDouble register;

    @Autowired
    InProcessMailServer mail;

    @Autowired
    MunicipalSupervisors supervisors;

    @Autowired
    ProcessingRestrictions restrictions;

    @Autowired
    RetentionSweep sweep;

    @Autowired
    RegionDeletions deletions;

    Api api;
    Fixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        hub.recover();
        api = new Api(port);
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
    }

    @Test
    void R_NATIONAL_everyChangeToASignalWritesOneOutboxRowInItsTransactionAndARolledBackRegistrationNone() {
        Organisation team = fixtures.organisation(region);
        Professional anna = fixtures.professional(team);
        Professional ben = fixtures.professional(team);
        Professional carla = fixtures.professional(fixtures.organisation(region));

        String signal = register(anna, TestBsns.random());
        assertThat(rows(signal)).containsExactly("REPORT SIGNAL_REGISTERED null");
        api.post(anna.signalsPath() + "/" + signal + "/extend", anna.token(), "");
        assertThat(rows(signal)).hasSize(2).last().isEqualTo("REPORT SIGNAL_EXTENDED null");
        api.post(
                anna.signalsPath() + "/" + signal + "/transfer",
                team.token(),
                "{\"toProfessionalId\":\"" + ben.id() + "\"}");
        assertThat(rows(signal)).hasSize(3).last().isEqualTo("REPORT SIGNAL_TRANSFERRED null");
        api.post(ben.signalsPath() + "/" + signal + "/end", ben.token(), "{\"reason\":\"RISK_GONE\"}");
        assertThat(rows(signal)).hasSize(4).last().isEqualTo("REPORT SIGNAL_ENDED null");
        assertThat(sequences(signal)).isSorted().doesNotHaveDuplicates();

        String unjustified = register(carla, TestBsns.random());
        api.post(carla.signalsPath() + "/" + unjustified + "/end", carla.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        assertThat(rows(unjustified))
                .containsExactly("REPORT SIGNAL_REGISTERED null", "FORGET SIGNAL_ENDED R-END-UNJUSTIFIED");

        UUID rolledBack = transactions.execute(status -> {
            UUID id = registration
                    .register(new RegisterSignal(
                            carla.organisation().id(),
                            carla.id(),
                            Bsn.parse(TestBsns.random()),
                            BIRTH_DATE,
                            true,
                            Optional.empty(),
                            Optional.empty(),
                            Actor.SYSTEM))
                    .signal()
                    .id()
                    .value();
            assertThat(rows(id.toString()))
                    .as("written in the registering transaction")
                    .hasSize(1);
            status.setRollbackOnly();
            return id;
        });
        assertThat(rows(rolledBack.toString()))
                .as("rolled back with the registration")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from signal where id = :id")
                        .param("id", rolledBack)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void R_NATIONAL_R_ACTIVE_2Y_R_AGE_23_R_MOVE_theSweepAndTheRegisterWriteOneRowPerSignalChange() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String expiring = register(anna, TestBsns.random());
        String turning23 = register(anna, TestBsns.random());
        String municipality = fixtures.municipality(region);
        String movedTo = fixtures.municipality(region);
        String moving = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                moving,
                BIRTH_DATE,
                "Smit",
                PersonRegisterDouble.address("0344010000" + moving.substring(3), municipality)));
        String moved = register(anna, moving);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(moved).contains("REPORT PERSON_DATA_REFRESHED null"));

        LocalDate today = LocalDate.now(MovableClock.INSTANCE);
        jdbc.sql("update signal set active_until = :day where id = cast(:id as uuid)")
                .param("day", today.minusDays(1))
                .param("id", expiring)
                .update();
        jdbc.sql(
                        "update youth set birth_date = :born where id = (select youth_id from signal where id = cast(:id as uuid))")
                .param("born", today.minusYears(23))
                .param("id", turning23)
                .update();
        sweep.sweep(today);
        assertThat(rows(expiring)).containsExactly("REPORT SIGNAL_REGISTERED null", "REPORT SIGNALS_EXPIRED null");
        assertThat(rows(turning23)).containsExactly("REPORT SIGNAL_REGISTERED null", "FORGET SIGNALS_DELETED R-AGE-23");

        register.put(PersonRegisterDouble.child(
                moving, BIRTH_DATE, "Smit", PersonRegisterDouble.address("0344020000" + moving.substring(3), movedTo)));
        fixtures.dueForRegisterCheck(moved);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(moved).size() == 3);
        assertThat(rows(moved))
                .as("the move and the refreshed data of one check are one change")
                .containsExactly(
                        "REPORT SIGNAL_REGISTERED null",
                        "REPORT PERSON_DATA_REFRESHED null",
                        "REPORT YOUTH_MOVED null");
    }

    @Test
    void R_NATIONAL_aRegionRestartedWithTheHubsNewKeyVersionSendsEachSignalAgainUnderItOnce() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String signal = register(anna, TestBsns.random());
        outbox.sendDue();
        try {
            hub.answerKeyVersions(new KeyVersions(2, Map.of(1, 1L), 1));
            assertThat(outbox.reportEverySignalUnderTheCurrentKeyVersion())
                    .as("this region still reports under version 1: its round comes after it switched")
                    .isZero();
            hub.answerKeyVersions(new KeyVersions(1, Map.of(1, 1L), 0));
            assertThat(outbox.reportEverySignalUnderTheCurrentKeyVersion())
                    .as("the hub holds every signal under the current version")
                    .isZero();

            hub.answerKeyVersions(new KeyVersions(1, Map.of(1, 1L), 1));
            assertThat(outbox.reportEverySignalUnderTheCurrentKeyVersion()).isPositive();
            assertThat(rows(signal)).endsWith("REPORT KEY_VERSION_1 null");
            assertThat(outbox.reportEverySignalUnderTheCurrentKeyVersion())
                    .as("once")
                    .isZero();
            outbox.sendDue();
            assertThat(hub.receivedFor(signal))
                    .extracting(NationalIndexDouble.Received::kind)
                    .endsWith("REPORT");
        } finally {
            hub.answerKeyVersions(null);
        }
    }

    @Test
    void R_NATIONAL_aRegionThatJoinsBringsItsSignalsAlongOnce() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String before = register(anna, TestBsns.random());
        // As if registered before the region joined: no row yet, and the first start still to come.
        jdbc.sql("delete from national_outbox where signal_id = cast(:id as uuid)")
                .param("id", before)
                .update();
        jdbc.sql("delete from national_initial_load").update();

        assertThat(outbox.reportEverySignalOnce()).isPositive();
        assertThat(rows(before)).containsExactly("REPORT INITIAL_LOAD null");
        assertThat(outbox.reportEverySignalOnce()).as("once").isZero();
        assertThat(rows(before)).hasSize(1);
    }

    @Test
    void R_NATIONAL_anHourLongOutageHoldsUpNoRegistrationAndAfterItEachChangeIsSentOnceInOrder() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        hub.goDown();

        String bsn = TestBsns.random();
        String signal = register(anna, bsn);
        api.post(anna.signalsPath() + "/" + signal + "/extend", anna.token(), "");
        api.post(anna.signalsPath() + "/" + signal + "/end", anna.token(), "{\"reason\":\"RISK_GONE\"}");
        for (int i = 0; i < 5; i++) {
            outbox.sendDue();
        }
        assertThat(hub.attemptsFor(signal)).as("tried while down").isPositive();
        assertThat(hub.receivedFor(signal)).isEmpty();
        assertThat(outbox.status().retrying()).isPositive();
        assertThat(health().getStatus().getCode()).isEqualTo("DEGRADED");

        MovableClock.INSTANCE.setTo(LocalDateTime.now(MovableClock.INSTANCE).plusHours(1));
        hub.recover();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 3;
        });
        outbox.sendDue();

        List<NationalIndexDouble.Received> sent = hub.receivedFor(signal);
        assertThat(sent).as("each change once").hasSize(3);
        assertThat(sent)
                .extracting(NationalIndexDouble.Received::sequence)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(sent).extracting(NationalIndexDouble.Received::kind).containsOnly("REPORT");
        SignalReport last = (SignalReport) sent.get(2).message();
        assertThat(last.state()).as("the state when sent").isEqualTo(SignalState.ARCHIVED);
        assertThat(last.youthBsn()).as("decrypted when sent, in memory only").isEqualTo(bsn);
        assertThat(last.toString()).doesNotContain(bsn);
        assertThat(last.professional().name()).isEqualTo(anna.name());
        assertThat(sent.stream().map(r -> ((SignalReport) r.message()).messageId()))
                .doesNotHaveDuplicates();
        assertThat(rowStates(signal)).containsOnly("SENT");
    }

    @Test
    void R_NATIONAL_aMessageTheHubRefusesIsParkedAndShownToTheOperatorWhileTheOthersGoOn() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String refused = register(anna, TestBsns.random());
        String accepted = register(anna, TestBsns.random());
        hub.refuse(refused);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(accepted).size() == 1;
        });

        assertThat(rowStates(refused)).containsExactly("PARKED");
        assertThat(outbox.parked()).anySatisfy(p -> {
            assertThat(p.signalId()).hasToString(refused);
            assertThat(p.code()).isEqualTo("signal-refused");
            assertThat(p.status()).isEqualTo(422);
        });
        assertThat(outbox.status().parked()).isPositive();
        assertThat(health().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health().getDetails()).containsKey("parked");
    }

    @Test
    void
            R_NATIONAL_R_MATCH_FAMILY_R_MOVE_theReportCarriesTheParentsFromTheRegisterAndTheMunicipalityAndADeletionIsForgotten(
                    CapturedOutput output) {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String municipality = fixtures.municipality(region);
        String child = TestBsns.random();
        String mother = TestBsns.random();
        String father = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                child,
                BIRTH_DATE,
                "Visser",
                PersonRegisterDouble.address("0344010000" + (100000 + (int) (Math.random() * 899999)), municipality),
                mother,
                father));

        String signal = register(anna, child);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(signal).contains("REPORT PERSON_DATA_REFRESHED null"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 2;
        });
        SignalReport report = (SignalReport) hub.receivedFor(signal).get(1).message();
        assertThat(report.parentBsns()).containsExactlyInAnyOrder(mother, father);
        assertThat(report.municipalityCode()).isEqualTo(municipality.substring(2));
        assertThat(jdbc.sql("select count(*) from logbook_entry where subject_id = 'NATIONAL_INDEX:ONE_FOUND'")
                        .query(Integer.class)
                        .single())
                .as("the question to the register is logged with its purpose")
                .isPositive();

        api.post(anna.signalsPath() + "/" + signal + "/end", anna.token(), "{\"reason\":\"UNJUSTIFIED\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 3;
        });
        NationalIndexDouble.Received forget = hub.receivedFor(signal).get(2);
        assertThat(forget.kind()).isEqualTo("FORGET");
        assertThat(((ForgetMessage) forget.message()).ruleId()).isEqualTo("R-END-UNJUSTIFIED");

        // The youth's and the parents' BSNs were only in memory: not in the database, not in the log.
        String database = dumpDatabase();
        assertThat(database).contains(signal);
        for (String bsn : List.of(child, mother, father)) {
            assertThat(database).as("database").doesNotContain(bsn);
            assertThat(output.getAll()).as("log").doesNotContain(bsn);
        }
    }

    @Test
    void
            R_NATIONAL_R_NOTICE_R_VISIBLE_R_MAIL_EMPTY_R_MOVE_eachDeliveryIsAppliedOnceToldContentFreeAndShownWithTheContactCard(
                    CapturedOutput output) throws Exception {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String municipality = fixtures.municipality(region);
        String supervisorEmail = "regie-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        supervisors.add(municipality, new MunicipalSupervisors.NewSupervisor("Regievoerder", supervisorEmail, "030 1"));
        String bsn = TestBsns.random();
        String signal = register(anna, bsn);
        long next = cursor() + 1;
        ContactCard petra = new ContactCard(
                "Petra Visser", "Jeugdteam Zwolle", "038 123 45 67", "petra@zwolle.example", "r-ijsselland");
        Delivery match = new Delivery(
                next, DeliveryKind.YOUTH_MATCH, UUID.randomUUID(), signal, petra, LocalDate.now(), null, null, null);
        Delivery unknownSignal = new Delivery(
                next + 1,
                DeliveryKind.FAMILY_MATCH,
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                petra,
                LocalDate.now(),
                null,
                null,
                null);
        Delivery movedIn = new Delivery(
                next + 2, DeliveryKind.MOVED_IN, null, null, petra, null, null, municipality.substring(2), null);
        Delivery archiveHit = new Delivery(
                next + 3,
                DeliveryKind.ARCHIVE_HIT,
                UUID.randomUUID(),
                signal,
                new ContactCard(
                        "Karin de Boer", "GGD IJsselland", "038 765 43 21", "karin@ggd.example", "r-ijsselland"),
                LocalDate.now().minusYears(2),
                LocalDate.now().minusYears(1),
                null,
                null);
        List.of(match, match, unknownSignal, movedIn, archiveHit).forEach(hub::deliver);

        assertThat(inbox.fetch())
                .as("four deliveries, the repeated one stored once")
                .isEqualTo(4);
        hub.deliver(match);
        assertThat(inbox.fetch()).as("nothing new").isZero();
        assertThat(jdbc.sql("select count(*) from national_delivery where delivery_id = :id")
                        .param("id", next)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select outcome from national_delivery where delivery_id = :id")
                        .param("id", next + 1)
                        .query(String.class)
                        .single())
                .as("about a signal the region does not hold: stored and ignored")
                .isEqualTo("IGNORED");
        assertThat(noticeKinds(signal)).containsExactlyInAnyOrder("NATIONAL_YOUTH_MATCH", "NATIONAL_ARCHIVE_HIT");
        assertThat(jdbc.sql(
                                "select count(*) from notice where kind = 'NATIONAL_MOVED_IN' and national_delivery_id = :id")
                        .param("id", next + 2)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(hub.municipalities())
                .anySatisfy(m -> assertThat(m.municipalityCodes()).contains(municipality.substring(2)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(anna.email()).size() == 2
                        && mailsTo(supervisorEmail).size() == 1);
        List<InProcessMailServer.ReceivedMail> mails = mailsTo(anna.email());
        mails.addAll(mailsTo(supervisorEmail));
        assertThat(mails)
                .allSatisfy(m -> assertThat(m.subject() + m.body())
                        .startsWith("Nieuw bericht in de ")
                        .doesNotContain(bsn, "Petra", "Zwolle", "Karin", "IJsselland", municipality));

        MockMvc mvc = WebTests.mockMvc(context);
        var asAnna = WebTests.professional(context, anna);
        String page = mvc.perform(get("/matches").with(asAnna))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Betrokken in een andere regio",
                        "Betrokken bij dezelfde jeugdige, in een andere regio.",
                        "Petra Visser",
                        "Jeugdteam Zwolle",
                        "petra@zwolle.example",
                        "r-ijsselland",
                        "jeugdige-" + signal,
                        "Karin de Boer",
                        "U ziet dit alleen nu, één keer.")
                .doesNotContain(bsn);
        String again = mvc.perform(get("/matches").with(asAnna))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again)
                .as("R-ARCHIVE-HIT: shown once")
                .contains("Petra Visser")
                .doesNotContain("Karin de Boer");

        SignedInAccount supervisor = WebTests.realAccount(
                context,
                new SignedInAccount(
                        UUID.randomUUID(),
                        "r",
                        "Regievoerder",
                        Role.MUNICIPAL_SUPERVISOR,
                        null,
                        null,
                        municipality,
                        null));
        String workList = mvc.perform(get("/regie/werklijst").with(WebTests.signedIn(supervisor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(workList).contains("Verhuisd uit een andere regio (1)", "Petra Visser", "038 123 45 67");

        // No plaintext BSN in the database (the national module's tables, the notices), the e-mails or the log.
        String database = dumpDatabase();
        assertThat(database).contains(signal, "Petra Visser").doesNotContain(bsn);
        assertThat(output.getAll()).doesNotContain(bsn);

        // A move and a delivery about a signal this region does not hold go after two years, their notices with them.
        jdbc.sql("update national_delivery set received_at = received_at - interval '2 years 1 day'"
                        + " where delivery_id in (:ids)")
                .param("ids", List.of(movedIn.deliveryId(), unknownSignal.deliveryId()))
                .update();
        inbox.fetch();
        assertThat(jdbc.sql("select delivery_id from national_delivery where delivery_id between :from and :to")
                        .param("from", next)
                        .param("to", next + 3)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(match.deliveryId(), archiveHit.deliveryId());
        assertThat(jdbc.sql("select count(*) from notice where national_delivery_id = :id")
                        .param("id", movedIn.deliveryId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void
            R_NOTICE_R_NATIONAL_aCrossRegionMatchIsNewOnTheMatchesPageTheStartPageAndTheMenuUntilItsNoticeIsRead_andShowsTheRegionsName()
                    throws Exception {
        Professional bram = fixtures.professional(fixtures.organisation(region));
        String signal = register(bram, TestBsns.random());
        long delivery = cursor() + 1;
        hub.deliver(new Delivery(
                delivery,
                DeliveryKind.YOUTH_MATCH,
                UUID.randomUUID(),
                signal,
                new ContactCard("Sanne Smit", "Wijkteam Deventer", null, "sanne@deventer.example", "r-ijsselland"),
                LocalDate.now(),
                null,
                null,
                "Regio IJsselland"));
        assertThat(inbox.fetch()).isOne();

        MockMvc mvc = WebTests.mockMvc(context);
        var asBram = WebTests.professional(context, bram);
        assertThat(page(mvc, "/", asBram)).contains("id=\"teller-nieuwe-matches\">1</dd>", "Berichten (1 nieuw)");
        assertThat(page(mvc, "/matches", asBram))
                .contains(
                        "class=\"app-card app-card--unread\" id=\"regio-match-" + delivery + "\"",
                        "Sanne Smit</span><span> (nieuw)</span>",
                        "(nieuwe match)",
                        "Regio IJsselland")
                .doesNotContain("r-ijsselland");

        UUID notice = jdbc.sql("select id from notice where national_delivery_id = :id")
                .param("id", delivery)
                .query(UUID.class)
                .single();
        notices.markRead(bram.organisation().id(), bram.id(), new NoticeId(notice));
        assertThat(page(mvc, "/", asBram))
                .contains("id=\"teller-nieuwe-matches\">0</dd>")
                .doesNotContain("nieuw)");
        assertThat(page(mvc, "/matches", asBram))
                .contains("Sanne Smit")
                .doesNotContain("app-card--unread", "(nieuw)", "(nieuwe match)");
    }

    private static String page(MockMvc mvc, String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void R_NOBSN_aYouthKnownByAVerwijsindexNumberIsNotSentUntilTheyHaveABsn() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String surname = "Zwart" + TestBsns.random();
        var registered = api.post(
                anna.signalsPath(),
                anna.token(),
                "{\"withoutBsn\":{\"surname\":\"" + surname + "\",\"gender\":\"M\"},\"birthDate\":\"" + BIRTH_DATE
                        + "\",\"groundsConfirmed\":true}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String signal = registered.json().at("/signal/id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return rowStates(signal).contains("WAITING_FOR_BSN");
        });
        assertThat(hub.receivedFor(signal)).as("nothing to pseudonymise").isEmpty();
        assertThat(outbox.status().waitingForBsn()).isPositive();

        String bsn = TestBsns.random();
        register.put(new Person(
                Bsn.parse(bsn),
                new Person.PersonName("Sam", null, surname),
                BIRTH_DATE,
                Gender.MALE,
                List.of(),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty()));
        var identified = api.post(signalPath(anna, signal) + "/bsn", anna.token(), "{\"bsn\":\"" + bsn + "\"}");
        assertThat(identified.status()).as(identified.body()).isEqualTo(200);
        assertThat(rows(signal)).last().isEqualTo("REPORT YOUTH_IDENTIFIED null");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 1;
        });
        assertThat(((SignalReport) hub.receivedFor(signal).get(0).message()).youthBsn())
                .isEqualTo(bsn);
    }

    @Test
    void R_REQUEST_R_NATIONAL_aRestrictedYouthIsForgottenByTheHubUntilTheRestrictionIsLifted() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String signal = register(anna, TestBsns.random());
        YouthId youth = new YouthId(jdbc.sql("select youth_id from signal where id = cast(:id as uuid)")
                .param("id", signal)
                .query(Long.class)
                .single());
        UUID request = UUID.randomUUID();

        restrictions.restrict(youth, request);
        assertThat(rows(signal))
                .containsExactly("REPORT SIGNAL_REGISTERED null", "FORGET PROCESSING_RESTRICTED R-REQUEST");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 2;
        });
        assertThat(hub.receivedFor(signal))
                .as("the report written before the restriction, sent after it, is a forget too")
                .extracting(NationalIndexDouble.Received::kind)
                .containsExactly("FORGET", "FORGET");
        assertThat(((ForgetMessage) hub.receivedFor(signal).get(0).message()).ruleId())
                .isEqualTo("R-REQUEST");

        restrictions.lift(youth, request);
        assertThat(rows(signal)).last().isEqualTo("REPORT RESTRICTION_LIFTED null");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(signal).size() == 3;
        });
        assertThat(hub.receivedFor(signal).get(2).kind()).isEqualTo("REPORT");
    }

    @Test
    void R_NATIONAL_R_DEATH_R_DELETE_ONLY_REGION_R_PROOF_aDeathAndACoordinatorsDeletionMakeTheHubForgetWithTheRule() {
        Professional anna = fixtures.professional(fixtures.organisation(region));
        String dying = TestBsns.random();
        Person alive = PersonRegisterDouble.child(dying, BIRTH_DATE, "Smit", null);
        register.put(alive);
        String died = register(anna, dying);
        String decided = register(anna, TestBsns.random());

        register.put(new Person(
                alive.bsn(),
                alive.name(),
                alive.birthDate(),
                alive.gender(),
                alive.parents(),
                alive.children(),
                alive.residence(),
                alive.secret(),
                Optional.of(LocalDate.now(MovableClock.INSTANCE))));
        fixtures.dueForRegisterCheck(died);
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(died).size() == 2);
        assertThat(rows(died)).last().isEqualTo("FORGET SIGNALS_DELETED R-DEATH");

        deletions.deleteSignal(
                new RegionCoordinatorPrincipal(UUID.randomUUID(), region, "Regiocoördinator"),
                new SignalId(UUID.fromString(decided)),
                new DeletionDecision("BZ-14", Reason.WRONGLY_REGISTERED));
        assertThat(rows(decided))
                .containsExactly("REPORT SIGNAL_REGISTERED null", "FORGET SIGNALS_DELETED R-DELETE-ONLY-REGION");

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            outbox.sendDue();
            return hub.receivedFor(died).size() == 2 && hub.receivedFor(decided).size() == 2;
        });
        assertThat(((ForgetMessage) hub.receivedFor(died).get(1).message()).ruleId())
                .isEqualTo("R-DEATH");
        assertThat(((ForgetMessage) hub.receivedFor(decided).get(1).message()).ruleId())
                .isEqualTo("R-DELETE-ONLY-REGION");
    }

    private static String signalPath(Professional professional, String signal) {
        return professional.signalsPath() + "/" + signal;
    }

    private String register(Professional professional, String bsn) {
        var response = api.post(
                professional.signalsPath(), professional.token(), Api.registration(bsn, BIRTH_DATE.toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/signal/id").asString();
    }

    /** The signal's outbox rows in order: action, cause, rule. */
    private List<String> rows(String signal) {
        return jdbc.sql("""
                        select action || ' ' || cause || ' ' || coalesce(rule_id, 'null') from national_outbox
                        where signal_id = cast(:signal as uuid) order by sequence""").param("signal", signal).query(String.class).list();
    }

    private List<Long> sequences(String signal) {
        return jdbc.sql(
                        "select sequence from national_outbox where signal_id = cast(:signal as uuid) order by created_at, sequence")
                .param("signal", signal)
                .query(Long.class)
                .list();
    }

    private List<String> rowStates(String signal) {
        return jdbc.sql("select state from national_outbox where signal_id = cast(:signal as uuid) order by sequence")
                .param("signal", signal)
                .query(String.class)
                .list();
    }

    private List<String> noticeKinds(String signal) {
        return jdbc.sql("select kind from notice where signal_id = cast(:signal as uuid)")
                .param("signal", signal)
                .query(String.class)
                .list();
    }

    private long cursor() {
        return jdbc.sql("select last_delivery_id from national_inbox_cursor")
                .query(Long.class)
                .single();
    }

    private List<InProcessMailServer.ReceivedMail> mailsTo(String address) {
        return new java.util.ArrayList<>(
                mail.received().stream().filter(m -> m.to().equals(address)).toList());
    }

    private String dumpDatabase() {
        return DatabaseDump.of(jdbc);
    }

    private org.springframework.boot.health.contributor.Health health() {
        return context.getBean("nationalIndex", HealthIndicator.class).health();
    }
}
