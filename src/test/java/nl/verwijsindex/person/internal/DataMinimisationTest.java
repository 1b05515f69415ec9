// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static nl.verwijsindex.standalone.brp.StandInPersons.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.standalone.brp.StandInBrp.Asked;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, defect 7 (data minimisation at the register): each question asks the BRP for exactly the fields
 * its purpose uses, as the stand-in BRP records them, and the stand-in, like the real BRP, answers nothing
 * more. On the old main every person check asked for 14 fields, names, address lines and children included.
 */
class DataMinimisationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static StandInBrp standIn;
    static HaalCentraalPersonRegister register;

    @BeforeAll
    static void start() {
        standIn = new StandInBrp(0, null, CLOCK);
        standIn.start();
        register = new HaalCentraalPersonRegister(
                BrpProperties.of(standIn.baseUrl()), JsonMapper.builder().build(), new SimpleMeterRegistry(), CLOCK);
    }

    @AfterAll
    static void stop() {
        standIn.stop();
    }

    @BeforeEach
    void forget() {
        standIn.reset();
    }

    @Test
    void theCheckAsksOnlyForParentsAddressMunicipalityDeathAndBirthDate() {
        Person noah = register.find(NOAH_JANSEN, Purpose.CHECK).orElseThrow();

        assertThat(standIn.asked())
                .containsExactly(new Asked(
                        HaalCentraalPersonRegister.BY_BSN,
                        List.of(
                                "burgerservicenummer",
                                "geboorte.datum",
                                "ouders.burgerservicenummer",
                                "verblijfplaats.adresseerbaarObjectIdentificatie",
                                "gemeenteVanInschrijving",
                                "overlijden.datum")));
        // the stand-in answered only that: no name, no address lines
        assertThat(noah.name().full()).isEmpty();
        assertThat(noah.residence().orElseThrow().lines()).isEmpty();
        assertThat(noah.parents()).isNotEmpty();
    }

    @Test
    void showingAYouthAsksForNameBirthDateAndAddressLinesOnly() {
        Person noah = register.find(NOAH_JANSEN, Purpose.DISPLAY).orElseThrow();

        assertThat(standIn.asked())
                .containsExactly(new Asked(
                        HaalCentraalPersonRegister.BY_BSN,
                        List.of(
                                "burgerservicenummer",
                                "naam.voornamen",
                                "naam.voorvoegsel",
                                "naam.geslachtsnaam",
                                "geboorte.datum",
                                "adressering.adresregel1",
                                "adressering.adresregel2",
                                "adressering.adresregel3")));
        assertThat(noah.parents()).isEmpty();
        assertThat(noah.residence().orElseThrow().addressableObjectId()).isNull();
    }

    @Test
    void eachPurposeAsksExactlyItsOwnFieldsAndNoneAsksForChildrenOrTheStreetAddress() {
        for (Purpose purpose : Purpose.values()) {
            standIn.forgetAsked();

            register.find(NOAH_JANSEN, purpose);

            assertThat(standIn.asked())
                    .as(purpose.name())
                    .containsExactly(new Asked(HaalCentraalPersonRegister.BY_BSN, purpose.fields()));
            assertThat(purpose.fields())
                    .as(purpose.name())
                    .noneMatch(
                            field -> field.startsWith("kinderen") || field.startsWith("verblijfplaats.verblijfadres"));
        }
        assertThat(Purpose.BIRTH_DATE.fields()).containsExactly("burgerservicenummer", "geboorte.datum");
        assertThat(Purpose.DEATH.fields()).containsExactly("burgerservicenummer", "overlijden.datum");
        assertThat(Purpose.IDENTITY.fields())
                .containsExactly(
                        "burgerservicenummer", "naam.voorvoegsel", "naam.geslachtsnaam", "geboorte.datum", "geslacht");
    }

    @Test
    void R_BSN_HIDDEN_aSearchAsksOnlyForTheBsnAndWithAPostcodeForTheLineThatHoldsIt() {
        register.search(new PersonQuery("Jansen", LocalDate.of(2013, 4, 2), Gender.MALE, null));
        register.search(new PersonQuery("Jansen", LocalDate.of(2013, 4, 2), Gender.MALE, "3817AB"));
        register.residents(DE_HORST_ID);
        register.dateOfDeath(NOAH_JANSEN);

        assertThat(standIn.asked())
                .containsExactly(
                        new Asked(HaalCentraalPersonRegister.BY_SURNAME_AND_BIRTH_DATE, List.of("burgerservicenummer")),
                        new Asked(
                                HaalCentraalPersonRegister.BY_SURNAME_AND_BIRTH_DATE,
                                List.of("burgerservicenummer", "adressering.adresregel2")),
                        new Asked(HaalCentraalPersonRegister.BY_ADDRESSABLE_OBJECT, List.of("burgerservicenummer")),
                        new Asked(HaalCentraalPersonRegister.BY_BSN, Purpose.DEATH.fields()));
    }
}
