package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.person.DeathCheck;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.youth.Bsn;

/**
 * R-DEATH: when the person register reports a youth's death, all their signals are deleted, with proofs. On a
 * database of its own: two applications on one database share the scheduled work, and the shared test
 * application would otherwise run this one's tasks and send its notices.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "verwijsindex.standalone.data-dir=target/test-data-death")
@ActiveProfiles("test")
class DeathTest {

    /** A stand-in person register: the deaths this test puts in it. */
    static final Map<String, LocalDate> DEATHS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeathCheck deathCheck;
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
        String archived = api.post(a.signalsPath(), a.token(), Api.registration(died, "2012-01-01")).json().at("/signal/id").asString();
        api.post(a.signalsPath() + "/" + archived + "/end", a.token(), "{\"reason\":\"RISK_GONE\"}");
        String active = api.post(b.signalsPath(), b.token(), Api.registration(died, "2012-01-01")).json().at("/signal/id").asString();
        String other = api.post(b.signalsPath(), b.token(), Api.registration(lives, "2012-01-01")).json().at("/signal/id").asString();

        assertThat(deathCheck.checkAll()).isZero();
        DEATHS.put(died, LocalDate.now().minusDays(1));
        assertThat(deathCheck.checkAll()).isEqualTo(1);

        for (String id : new String[] {archived, active}) {
            assertThat(exists(id)).isFalse();
            assertThat(proofs.ofSignal(UUID.fromString(id))).singleElement()
                    .satisfies(proof -> assertThat(proof.rule()).isEqualTo("R-DEATH"));
        }
        assertThat(exists(other)).isTrue();
        assertThat(api.get(b.signalsPath(), b.token()).json()).hasSize(1);
    }

    private boolean exists(String id) {
        return jdbc.sql("select exists (select 1 from signal where id = cast(:id as uuid))").param("id", id)
                .query(Boolean.class).single();
    }

    @TestConfiguration
    static class StandInPersonRegister {

        @Bean
        @Primary
        PersonRegister personRegister() {
            return new PersonRegister() {
                @Override
                public boolean connected() {
                    return true;
                }

                @Override
                public Optional<LocalDate> dateOfDeath(Bsn bsn) {
                    return Optional.ofNullable(DEATHS.get(bsn.value()));
                }

                @Override
                public Optional<nl.verwijsindex.person.Person> find(Bsn bsn) {
                    return Optional.empty();
                }

                @Override
                public java.util.List<Bsn> search(nl.verwijsindex.person.PersonQuery query) {
                    return java.util.List.of();
                }

                @Override
                public java.util.List<Bsn> residents(String addressableObjectId) {
                    return java.util.List.of();
                }
            };
        }
    }
}
