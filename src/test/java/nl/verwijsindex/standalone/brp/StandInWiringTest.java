// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import static nl.verwijsindex.standalone.brp.StandInPersons.NOAH_JANSEN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.Purpose;

/** The standalone run connects the person register to the stand-in BRP, through the client's own settings. */
@IntegrationTest
class StandInWiringTest {

    @Autowired
    @Qualifier("haalCentraalPersonRegister")
    PersonRegister register;

    @Autowired
    StandInBrp standIn;

    @Autowired
    Environment environment;

    @Test
    void theStandaloneRunAsksTheStandInThroughTheHaalCentraalClient() {
        assertThat(environment.getProperty("verwijsindex.person.brp.base-url")).isEqualTo(standIn.baseUrl());
        assertThat(environment.getProperty("verwijsindex.person.brp.api-key")).isEqualTo("test-brp-key");
        assertThat(register.connected()).isTrue();
        assertThat(register.getClass().getSimpleName()).isEqualTo("HaalCentraalPersonRegister");
        assertThat(register.find(NOAH_JANSEN, Purpose.DISPLAY))
                .hasValueSatisfying(noah -> assertThat(noah.name().full()).isEqualTo("Noah Jansen"));
    }
}
