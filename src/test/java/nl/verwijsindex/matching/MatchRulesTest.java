// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.signal.ActiveSignal;
import nl.verwijsindex.signal.SignalId;

/** R-MATCH-YOUTH: which signals a new signal on the same youth matches. */
class MatchRulesTest {

    private final OrganisationId teamA = new OrganisationId(UUID.randomUUID());
    private final OrganisationId teamB = new OrganisationId(UUID.randomUUID());

    @Test
    void R_MATCH_YOUTH_aNewSignalMatchesEveryOtherProfessionalsActiveSignal() {
        ActiveSignal mine = signal(teamA);
        ActiveSignal other = signal(teamB);
        ActiveSignal colleague = signal(teamA);
        assertThat(MatchRules.youthMatchPartners(mine, List.of(mine, other, colleague), false))
                .containsExactlyInAnyOrder(other, colleague);
    }

    @Test
    void R_MATCH_YOUTH_aRegionMaySuppressMatchesWithinOneOrganisation() {
        ActiveSignal mine = signal(teamA);
        ActiveSignal other = signal(teamB);
        ActiveSignal colleague = signal(teamA);
        assertThat(MatchRules.youthMatchPartners(mine, List.of(mine, other, colleague), true))
                .containsExactly(other);
    }

    @Test
    void R_MATCH_YOUTH_aSignalAloneMatchesNothing() {
        ActiveSignal mine = signal(teamA);
        assertThat(MatchRules.youthMatchPartners(mine, List.of(mine), false)).isEmpty();
    }

    private static ActiveSignal signal(OrganisationId organisation) {
        return new ActiveSignal(SignalId.random(), new ProfessionalId(UUID.randomUUID()), organisation, "eemland");
    }
}
