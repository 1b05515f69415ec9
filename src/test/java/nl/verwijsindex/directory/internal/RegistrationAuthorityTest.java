// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** R-MELDER: who may register a signal. */
class RegistrationAuthorityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void R_MELDER_aDesignatedProfessionalOfAnOrganisationInOneCovenantRegistersUnderIt() {
        assertThat(RegistrationAuthority.check(standing(true, null, true, "eemland"), Optional.empty(), TODAY))
                .isEqualTo("eemland");
    }

    @Test
    void R_MELDER_aProfessionalWhoIsNotDesignatedMayNotRegister() {
        assertThatThrownBy(() ->
                        RegistrationAuthority.check(standing(false, null, true, "eemland"), Optional.empty(), TODAY))
                .hasFieldOrPropertyWithValue("code", "professional-not-designated");
    }

    @Test
    void R_MELDER_anIndependentProfessionalNeedsNoDesignation() {
        assertThat(RegistrationAuthority.check(standing(false, null, false, "eemland"), Optional.empty(), TODAY))
                .isEqualTo("eemland");
    }

    @Test
    void R_MELDER_aProfessionalWhoLeftMayNotRegisterFromTheDayTheyLeft() {
        assertThatThrownBy(() ->
                        RegistrationAuthority.check(standing(true, TODAY, true, "eemland"), Optional.empty(), TODAY))
                .hasFieldOrPropertyWithValue("code", "professional-left");
        assertThat(RegistrationAuthority.check(
                        standing(true, TODAY.plusDays(1), true, "eemland"), Optional.empty(), TODAY))
                .isEqualTo("eemland");
    }

    @Test
    void R_MELDER_anOrganisationWithoutACovenantMayNotRegister() {
        assertThatThrownBy(() -> RegistrationAuthority.check(standing(true, null, true), Optional.empty(), TODAY))
                .hasFieldOrPropertyWithValue("code", "organisation-not-in-covenant");
    }

    @Test
    void anOrganisationInTwoCovenantsNamesTheRegionAndOnlyOneOfItsOwn() {
        ProfessionalStanding standing = standing(true, null, true, "eemland", "holland-rijnland");
        assertThatThrownBy(() -> RegistrationAuthority.check(standing, Optional.empty(), TODAY))
                .hasFieldOrPropertyWithValue("code", "region-required");
        assertThat(RegistrationAuthority.check(standing, Optional.of("holland-rijnland"), TODAY))
                .isEqualTo("holland-rijnland");
        assertThatThrownBy(() -> RegistrationAuthority.check(standing, Optional.of("twente"), TODAY))
                .hasFieldOrPropertyWithValue("code", "region-not-in-covenant");
    }

    private static ProfessionalStanding standing(
            boolean designated, LocalDate leftOn, boolean designationRequired, String... covenants) {
        return new ProfessionalStanding(designated, leftOn, designationRequired, List.of(covenants));
    }
}
