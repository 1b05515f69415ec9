// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * Issue 18 (docs/adr/0051): a person-register answer is handed to the coordination's after-commit listener, with an
 * event publication, only for a youth in a match case; an answer about a youth in no case publishes nothing for it,
 * nor one that changed nothing about a youth whose cases are already in its municipality on the register's word.
 * This is the path by which R-SUPERVISE moves a case to the register's municipality (the move itself:
 * CaseRelocationTest).
 */
@IntegrationTest
class RegisterAnswerFollowingTest extends IntegrationTestBase {

    private static final String BIRTH_DATE = "2012-05-09";

    /** The youths announced to follow, as published (in the answer's transaction). */
    private final List<Long> announced = new CopyOnWriteArrayList<>();

    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof YouthCasesToFollow follow) {
            announced.add(follow.youthId().value());
        }
    };

    @BeforeEach
    void listen() {
        multicaster().addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster().removeApplicationListener(listener);
    }

    @Test
    void R_SUPERVISE_anAnswerAboutAYouthInNoCasePublishesNothingToFollowAndOneThatMovesAYouthInACaseDoes() {
        String region = fixtures.region(false);
        String bsn = child(fixtures.municipality(region));

        long youth = registeredAndChecked(bsn, region);
        assertThat(announced)
                .as("the register answered about a youth in no case")
                .doesNotContain(youth);

        // the register now places the youth elsewhere: the answer after the next registration changes the municipality
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.parse(BIRTH_DATE),
                "Visser",
                PersonRegisterDouble.address(addressOf(bsn), fixtures.municipality(region))));
        registerAgainAndAwaitTheCheck(youth, bsn, region);
        assertThat(announced).contains(youth);
    }

    /**
     * Issue 18: an answer that leaves the youth's municipality as it was announces the youth only when one of its cases
     * is not already there on the register's word; a case that is, stays, and the answer publishes nothing.
     */
    @Test
    void R_SUPERVISE_anUnchangedAnswerPublishesNothingForACaseOnTheRegistersWordAndSomethingForOneOnTheDefault() {
        String region = fixtures.region(false);
        String municipality = fixtures.municipality(region);
        String bsn = child(municipality);

        long youth = registeredAndChecked(bsn, region);
        registerAgainAndAwaitTheCheck(youth, bsn, region);
        await().atMost(Duration.ofSeconds(20)).until(() -> caseOf(youth).isPresent());
        assertThat(caseOf(youth)).contains(new CaseAt("PERSON_REGISTER", municipality));

        // an answer that changed nothing, about a youth whose case is where the register says: nothing to follow
        registerAgainAndAwaitTheCheck(youth, bsn, region);
        assertThat(announced).as("an unchanged answer, its case already there").doesNotContain(youth);

        // a case on the region's default (as one opened before the register's first answer) is followed, unchanged or
        // not
        jdbc.sql("""
                        update coordination_case set municipality_basis = 'REGION_DEFAULT'
                        where match_case_id = (select id from match_case where youth_id = :youth)""").param("youth", youth).update();
        registerAgainAndAwaitTheCheck(youth, bsn, region);
        assertThat(announced).contains(youth);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseOf(youth).equals(Optional.of(new CaseAt("PERSON_REGISTER", municipality))));
    }

    /** The youth's first signal, by a professional of the region, and the register's first answer about them. */
    private long registeredAndChecked(String bsn, String region) {
        Professional professional = fixtures.professional(fixtures.organisation(region));
        long youth =
                youthOf(api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, BIRTH_DATE))
                        .json()
                        .at("/signal/id")
                        .asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> checks(youth) >= 1);
        return youth;
    }

    /**
     * Another professional's signal on the youth, and the register's answer it asks for stored: what that answer
     * announced is published in its transaction, so it is in {@link #announced} by then.
     */
    private void registerAgainAndAwaitTheCheck(long youth, String bsn, String region) {
        Professional professional = fixtures.professional(fixtures.organisation(region));
        OffsetDateTime before = syncedAt(youth);
        api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, BIRTH_DATE));
        await().atMost(Duration.ofSeconds(20)).until(() -> syncedAt(youth).isAfter(before));
    }

    private String child(String municipality) {
        String bsn = TestBsns.random();
        register.put(PersonRegisterDouble.child(
                bsn,
                LocalDate.parse(BIRTH_DATE),
                "Visser",
                PersonRegisterDouble.address(addressOf(bsn), municipality)));
        return bsn;
    }

    private static String addressOf(String bsn) {
        return "0344010000%06d".formatted(Math.abs(bsn.hashCode()) % 1_000_000);
    }

    /** Where the youth's own case is, and on whose word; empty before coordination opened it. */
    private Optional<CaseAt> caseOf(long youth) {
        return jdbc.sql("""
                        select c.municipality_basis, trim(c.municipality_code) from coordination_case c
                        join match_case m on m.id = c.match_case_id where m.youth_id = :youth""")
                .param("youth", youth)
                .query((rs, n) -> new CaseAt(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private record CaseAt(String basis, String municipality) {}

    private OffsetDateTime syncedAt(long youth) {
        return jdbc.sql("select synced_at from youth_person where youth_id = :y")
                .param("y", youth)
                .query(OffsetDateTime.class)
                .single();
    }

    private ApplicationEventMulticaster multicaster() {
        return ((ConfigurableApplicationContext) context)
                .getBean(
                        AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                        ApplicationEventMulticaster.class);
    }

    private long youthOf(String signalId) {
        return jdbc.sql("select youth_id from signal where id = cast(:s as uuid)")
                .param("s", signalId)
                .query(Long.class)
                .single();
    }

    /** How many times the register's answer about the youth was stored (its check is done when this is 1). */
    private int checks(long youth) {
        return jdbc.sql("select count(*) from youth_person where youth_id = :y and synced_at is not null")
                .param("y", youth)
                .query(Integer.class)
                .single();
    }
}
