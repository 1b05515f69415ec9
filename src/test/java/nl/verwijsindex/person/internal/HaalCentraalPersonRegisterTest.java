// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static nl.verwijsindex.standalone.brp.StandInPersons.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.PersonRegisterUnavailable.Reason;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.youth.Bsn;
import tools.jackson.databind.json.JsonMapper;

/** The Haal Centraal client against the stand-in BRP over real HTTP: what the index learns from the register. */
class HaalCentraalPersonRegisterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    static StandInBrp standIn;
    static HaalCentraalPersonRegister register;

    @BeforeAll
    static void start() {
        standIn = new StandInBrp(0, "the-key", CLOCK);
        standIn.start();
        register = new HaalCentraalPersonRegister(
                BrpProperties.of(standIn.baseUrl()).withApiKey("the-key"),
                JsonMapper.builder().build(),
                METERS,
                CLOCK);
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @AfterEach
    void reset() {
        standIn.reset();
    }

    @Test
    void findForTheCheckGivesBirthDateParentsAndResidenceButNoName() {
        Person noah = register.find(NOAH_JANSEN, Purpose.CHECK).orElseThrow();

        assertThat(register.connected()).isTrue();
        assertThat(noah.bsn()).isEqualTo(NOAH_JANSEN);
        assertThat(noah.birthDate()).isEqualTo(LocalDate.of(2013, 4, 2));
        assertThat(noah.parents()).containsExactly(MARK_JANSEN, LINDA_DE_BOER);
        assertThat(noah.secret()).isFalse();
        assertThat(noah.died()).isEmpty();
        assertThat(noah.residence()).hasValueSatisfying(residence -> {
            assertThat(residence.addressableObjectId()).isEqualTo(JANSEN_AMERSFOORT_ID);
            assertThat(residence.municipalityCode()).isEqualTo("GM0307");
            assertThat(residence.municipalityName()).isEqualTo("Amersfoort");
            assertThat(residence.lines()).isEmpty();
        });
        assertThat(noah.name().full()).isEmpty();
    }

    @Test
    void findForDisplayGivesNameBirthDateAndAddressLinesButNoFamily() {
        Person noah = register.find(NOAH_JANSEN, Purpose.DISPLAY).orElseThrow();

        assertThat(noah.name().full()).isEqualTo("Noah Jansen");
        assertThat(noah.birthDate()).isEqualTo(LocalDate.of(2013, 4, 2));
        assertThat(noah.residence()).hasValueSatisfying(residence -> {
            assertThat(residence.lines()).containsExactly("Kastanjelaan 12", "3817 AB  AMERSFOORT");
            assertThat(residence.addressableObjectId()).isNull();
        });
        assertThat(noah.parents()).isEmpty();
        assertThat(register.find(NOAH_JANSEN, Purpose.IDENTITY).orElseThrow().gender())
                .isEqualTo(Gender.MALE);
    }

    @Test
    void R_MATCH_FAMILY_aParentsChildrenIncludeAHalfSiblingInAnotherMunicipality() {
        Person linda = register.find(LINDA_DE_BOER, Purpose.CHECK).orElseThrow();
        Person lucas = register.find(LUCAS_BAKKER, Purpose.CHECK).orElseThrow();

        assertThat(register.find(LINDA_DE_BOER, Purpose.DISPLAY)
                        .orElseThrow()
                        .name()
                        .full())
                .isEqualTo("Linda de Boer");
        assertThat(lucas.parents()).containsExactly(LINDA_DE_BOER, RUBEN_BAKKER);
        assertThat(lucas.residence())
                .hasValueSatisfying(r -> assertThat(r.municipalityCode()).isEqualTo("GM0308"));
        assertThat(register.find(ELIF_KAYA, Purpose.CHECK)
                        .orElseThrow()
                        .residence()
                        .orElseThrow()
                        .municipalityCode())
                .isEqualTo("GM0547");
        assertThat(register.find(EMIR_KAYA, Purpose.CHECK)
                        .orElseThrow()
                        .residence()
                        .orElseThrow()
                        .municipalityCode())
                .isEqualTo("GM0546");
    }

    @Test
    void aPersonAbroadHasNoResidenceAndAPartlyKnownBirthDateIsNone() {
        Person ruben = register.find(RUBEN_BAKKER, Purpose.CHECK).orElseThrow();
        Person ayse = register.find(AYSE_DEMIR, Purpose.CHECK).orElseThrow();

        assertThat(ruben.residence()).isEmpty();
        assertThat(ruben.birthDate()).isNull();
        assertThat(ayse.birthDate()).isNull();
        assertThat(register.find(AYSE_DEMIR, Purpose.DISPLAY)
                        .orElseThrow()
                        .name()
                        .givenNames())
                .isEqualTo("Ayşe");
    }

    @Test
    void R_SECRET_aSecretAddressComesMarkedSecret() {
        Person sophie = register.find(SOPHIE_DE_WIT, Purpose.CHECK).orElseThrow();

        assertThat(sophie.secret()).isTrue();
        assertThat(sophie.residence()).isPresent();
        assertThat(register.find(NOAH_JANSEN, Purpose.CHECK).orElseThrow().secret())
                .isFalse();
    }

    @Test
    void R_DEATH_aDeceasedYouthIsFoundWithTheDateOfDeath() {
        assertThat(register.find(THIJS_VERMEULEN, Purpose.CHECK).orElseThrow().died())
                .contains(LocalDate.of(2025, 11, 3));
        assertThat(register.dateOfDeath(THIJS_VERMEULEN)).contains(LocalDate.of(2025, 11, 3));
        assertThat(register.dateOfDeath(NOAH_JANSEN)).isEmpty();
    }

    @Test
    void R_DEATH_aDeathTheRegisterRecordsLaterIsSeenAtTheNextQuestion() {
        standIn.die(IRIS_VAN_LEEUWEN, LocalDate.of(2026, 11, 20));

        assertThat(register.dateOfDeath(IRIS_VAN_LEEUWEN)).contains(LocalDate.of(2026, 11, 20));
    }

    /** Issue 18 (docs/adr/0056): the person checks of a busy moment ask about several youths in one question. */
    @Test
    void findAllAsksAboutSeveralPersonsInOneQuestionAndLeavesOutWhomTheRegisterDoesNotKnow() {
        Bsn unknown = new Bsn("999990019");
        Timer questions = METERS.timer(
                "verwijsindex.person.register", "query", "RaadpleegMetBurgerservicenummer", "outcome", "answered");
        long before = questions.count();

        Map<Bsn, Person> found =
                register.findAll(List.of(NOAH_JANSEN, unknown, THIJS_VERMEULEN, NOAH_JANSEN), Purpose.CHECK);

        assertThat(questions.count() - before).as("one question").isEqualTo(1);
        assertThat(found).containsOnlyKeys(NOAH_JANSEN, THIJS_VERMEULEN);
        assertThat(found.get(NOAH_JANSEN).parents()).containsExactly(MARK_JANSEN, LINDA_DE_BOER);
        assertThat(found.get(NOAH_JANSEN).residence())
                .hasValueSatisfying(r -> assertThat(r.addressableObjectId()).isEqualTo(JANSEN_AMERSFOORT_ID));
        assertThat(found.get(THIJS_VERMEULEN).died()).contains(LocalDate.of(2025, 11, 3));
        assertThat(found.get(NOAH_JANSEN).name().full())
                .as("only the check's fields")
                .isEmpty();
    }

    @Test
    void findAllAsksAboutOneToTwentyPersons() {
        List<Bsn> twentyOne = new ArrayList<>();
        for (int i = 0; twentyOne.size() < 21; i++) {
            String digits = "%08d".formatted(10_000_000 + i);
            for (int check = 0; check < 10; check++) {
                if (Bsn.isValid(digits + check)) {
                    twentyOne.add(new Bsn(digits + check));
                    break;
                }
            }
        }

        assertThatThrownBy(() -> register.findAll(List.of(), Purpose.CHECK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.findAll(twentyOne, Purpose.CHECK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(register.findAll(twentyOne.subList(0, 20), Purpose.CHECK)).isEmpty();
    }

    @Test
    void findOfABsnTheRegisterDoesNotKnowIsEmpty() {
        assertThat(register.find(new Bsn("999990019"), Purpose.CHECK)).isEmpty();
    }

    @Test
    void R_BSN_HIDDEN_searchFindsNoneOneOrSeveralAndThePostcodeNarrows() {
        LocalDate twinsBorn = LocalDate.of(2014, 8, 8);

        assertThat(register.search(new PersonQuery("Jansen", LocalDate.of(2000, 1, 1), null, null)))
                .isEmpty();
        assertThat(register.search(new PersonQuery("Jansen", LocalDate.of(2016, 9, 30), Gender.FEMALE, null)))
                .containsExactly(EMMA_JANSEN);
        assertThat(register.search(new PersonQuery("Bos", twinsBorn, null, null)))
                .containsExactlyInAnyOrder(DAAN_BOS_KATWIJK, JULIA_BOS, DAAN_BOS_AMERSFOORT);
        assertThat(register.search(new PersonQuery("Bos", twinsBorn, Gender.MALE, null)))
                .containsExactlyInAnyOrder(DAAN_BOS_KATWIJK, DAAN_BOS_AMERSFOORT);
        assertThat(register.search(new PersonQuery("bos", twinsBorn, Gender.MALE, "3818 es")))
                .containsExactly(DAAN_BOS_AMERSFOORT);
        assertThat(register.search(new PersonQuery("Bos", twinsBorn, Gender.MALE, "1234AB")))
                .isEmpty();
    }

    @Test
    void searchLeavesTheDeceasedOutAndRefusesAWildcard() {
        assertThat(register.search(new PersonQuery("Vermeulen", LocalDate.of(2012, 1, 5), Gender.MALE, null)))
                .isEmpty();
        assertThatThrownBy(() -> register.search(new PersonQuery("Jan*", LocalDate.of(2013, 4, 2), null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.search(new PersonQuery("Jansen", LocalDate.of(2013, 4, 2), null, "12345")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void R_MATCH_ADDRESS_residentsOfACareHomeAreItsYouths() {
        assertThat(register.residents(DE_HORST_ID)).containsExactlyInAnyOrder(MILAN_SMIT, YARA_PETERS, JESSE_MULDER);
        assertThat(register.residents(HENDRIKS_LEIDEN_ID)).isEmpty();
    }

    @Test
    void R_MOVE_afterAMoveTheYouthLivesAtTheNewAddressInTheNewMunicipality() {
        standIn.move(FINN_HENDRIKS, HENDRIKS_LEIDEN);

        assertThat(register.residents(HENDRIKS_LEIDEN_ID)).containsExactly(FINN_HENDRIKS);
        assertThat(register.find(FINN_HENDRIKS, Purpose.CHECK).orElseThrow().residence())
                .hasValueSatisfying(residence -> {
                    assertThat(residence.addressableObjectId()).isEqualTo(HENDRIKS_LEIDEN_ID);
                    assertThat(residence.municipalityCode()).isEqualTo("GM0546");
                });
    }

    @Test
    void aWrongApiKeyIsRefusedNotRetried() {
        HaalCentraalPersonRegister wrongKey = new HaalCentraalPersonRegister(
                BrpProperties.of(standIn.baseUrl()).withApiKey("wrong"),
                JsonMapper.builder().build(),
                METERS,
                CLOCK);

        assertThatThrownBy(() -> wrongKey.find(NOAH_JANSEN, Purpose.CHECK))
                .isInstanceOfSatisfying(PersonRegisterUnavailable.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(e.getMessage()).contains("HTTP 401").doesNotContain(NOAH_JANSEN.value());
                });
    }

    @Test
    void everyQuestionIsTimedByQueryTypeAndOutcome() {
        register.find(NOAH_JANSEN, Purpose.CHECK);
        register.residents(DE_HORST_ID);

        assertThat(METERS.get("verwijsindex.person.register")
                        .tags("query", "RaadpleegMetBurgerservicenummer", "outcome", "answered")
                        .timer()
                        .count())
                .isPositive();
        assertThat(METERS.get("verwijsindex.person.register")
                        .tags("query", "ZoekMetAdresseerbaarObjectIdentificatie")
                        .timers())
                .isNotEmpty();
    }
}
