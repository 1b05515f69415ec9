// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonRegisterDouble;

/** R-DEATH: when the person register reports a youth's death, all their signals are deleted, with proofs. */
@IntegrationTest
class DeathTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegisterDouble register;

    @Autowired
    DeletionProofs proofs;

    @Test
    void R_DEATH_aDeathInThePersonRegisterDeletesEverySignalOfTheYouthAndOnlyTheirs() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String died = TestBsns.random();
        String lives = TestBsns.random();
        register.put(PersonRegisterDouble.child(died, LocalDate.of(2012, 1, 1), "Dood", null));
        register.put(PersonRegisterDouble.child(lives, LocalDate.of(2012, 1, 1), "Levend", null));
        String archived = api.post(a.signalsPath(), a.token(), Api.registration(died, "2012-01-01"))
                .json()
                .at("/signal/id")
                .asString();
        api.post(a.signalsPath() + "/" + archived + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        String active = api.post(b.signalsPath(), b.token(), Api.registration(died, "2012-01-01"))
                .json()
                .at("/signal/id")
                .asString();
        String other = api.post(b.signalsPath(), b.token(), Api.registration(lives, "2012-01-01"))
                .json()
                .at("/signal/id")
                .asString();
        // A check of the living youth leaves the signals alone.
        fixtures.dueForRegisterCheck(active);
        await().atMost(Duration.ofSeconds(20)).until(() -> checked(active));
        assertThat(exists(active)).isTrue();
        assertThat(exists(archived)).isTrue();

        Person person = register.get(died);
        register.put(new Person(
                person.bsn(),
                person.name(),
                person.birthDate(),
                person.gender(),
                person.parents(),
                person.children(),
                person.residence(),
                false,
                Optional.of(LocalDate.now().minusDays(1))));
        // The periodic re-check (PersonCheck.recheckAll) of this youth only; the scheduled check runs it.
        fixtures.dueForRegisterCheck(active);
        await().atMost(Duration.ofSeconds(20)).until(() -> !exists(active));

        for (String id : new String[] {archived, active}) {
            assertThat(exists(id)).isFalse();
            assertThat(proofs.ofSignal(UUID.fromString(id)))
                    .singleElement()
                    .satisfies(proof -> assertThat(proof.rule()).isEqualTo("R-DEATH"));
        }
        assertThat(exists(other)).isTrue();
        assertThat(api.get(b.signalsPath(), b.token()).json()).hasSize(1);
    }

    /** Whether the register check of the signal's youth has run since it was made due. */
    private boolean checked(String id) {
        return jdbc.sql("""
                        select sync_due_at is null from youth_person
                         where youth_id = (select youth_id from signal where id = cast(:id as uuid))""").param("id", id).query(Boolean.class).optional().orElse(false);
    }

    private boolean exists(String id) {
        return jdbc.sql("select exists (select 1 from signal where id = cast(:id as uuid))")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
