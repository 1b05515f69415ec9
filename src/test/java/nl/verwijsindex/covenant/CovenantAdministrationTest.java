// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.covenant.Covenants.CovenantMember;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * What the region coordinator keeps of their covenant: its members with their dates (R-MELDER: only they signal
 * in the region) and the region's own settings (R-MATCH-YOUTH, the index's name). A region cannot make another
 * region's organisation leave.
 */
@IntegrationTest
class CovenantAdministrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CovenantAdministration administration;

    @Autowired
    Covenants covenants;

    @Autowired
    RegionSettingsKeeper settings;

    @Autowired
    DirectoryAdministration directory;

    Fixtures fixtures;
    String region;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        region = fixtures.region(false);
    }

    @Test
    void R_MELDER_theCovenantListsItsMembersWithTheirDatesAndOnlyAMemberCanLeave() {
        Organisation member = fixtures.organisation(region);
        Organisation elsewhere = fixtures.organisation(fixtures.region(false));

        assertThat(covenants.covenantMembers(region)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(member.id());
            assertThat(m.name()).isEqualTo(member.name());
            assertThat(m.categoryCode()).isEqualTo("MUNICIPAL_YOUTH_TEAM");
            assertThat(m.joinedOn()).isEqualTo(LocalDate.now().minusYears(1));
            assertThat(m.leftOn()).isNull();
        });
        assertThat(directory.organisations()).extracting(o -> o.id()).contains(member.id(), elsewhere.id());

        assertThatThrownBy(() -> administration.leaveCovenant(elsewhere.id(), region, LocalDate.now()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        assertThatThrownBy(() -> administration.leaveCovenant(
                        member.id(), region, LocalDate.now().minusYears(2)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("left-before-joined"));

        administration.leaveCovenant(member.id(), region, LocalDate.now());
        assertThat(covenants.covenantMembers(region))
                .extracting(CovenantMember::leftOn)
                .containsExactly(LocalDate.now());
        administration.joinCovenant(elsewhere.id(), region, LocalDate.now());
        assertThat(covenants.covenantMembers(region))
                .extracting(CovenantMember::id)
                .contains(elsewhere.id());
    }

    @Test
    void R_MATCH_YOUTH_theRegionSetsItsIndexNameAndWhetherSameOrganisationMatchesAreSuppressed() {
        assertThat(settings.of(region)).satisfies(s -> {
            assertThat(s.indexDisplayName()).isEqualTo("Verwijsindex");
            assertThat(s.suppressSameOrganisationMatches()).isFalse();
        });
        settings.change(region, "test", s -> rename(s, "  Verwijsindex Eemland ", true));
        assertThat(covenants.indexDisplayName(region)).isEqualTo("Verwijsindex Eemland");
        assertThat(covenants.suppressesSameOrganisationMatches(region)).isTrue();

        assertThatThrownBy(() -> settings.change(region, "test", s -> rename(s, " ", false)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-index-display-name"));
        assertThat(covenants.suppressesSameOrganisationMatches(region)).isTrue();
        assertThatThrownBy(() -> settings.of("no-such-region"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
        assertThat(directory.categories(region)).extracting(c -> c.code()).contains("MUNICIPAL_YOUTH_TEAM", "POLICE");
    }

    private static RegionSettings rename(RegionSettings s, String indexDisplayName, boolean suppress) {
        return s.changeGeneral(
                indexDisplayName,
                suppress,
                s.deadlineWorkingDays(),
                s.liberationDay(),
                s.caseMunicipalityCode().orElse(null));
    }
}
