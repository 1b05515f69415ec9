// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.RegionSummary;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.shared.DomainException;

/** R-COORDINATOR: the operations behind the coordinator's and administrator's pages, on the directory itself. */
@IntegrationTest
class StaffAdministrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    StaffAdministration staff;

    @Test
    void R_COORDINATOR_staffOfShowsOnlyTheOrganisationsOwnProfessionalsWithPhoneAndLeavingDay() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Organisation mine = fixtures.organisation(region);
        Organisation theirs = fixtures.organisation(region);
        Professional stays = fixtures.professional(mine);
        Professional leaves = fixtures.professional(mine, false);
        Professional other = fixtures.professional(theirs);
        staff.markLeft(leaves.id(), LocalDate.of(2026, 3, 1));

        assertThat(directory.staffOf(mine.id()))
                .extracting(StaffMember::id)
                .containsExactlyInAnyOrder(stays.id(), leaves.id())
                .doesNotContain(other.id());
        StaffMember left = directory.staffOf(mine.id()).stream()
                .filter(m -> m.id().equals(leaves.id()))
                .findFirst()
                .orElseThrow();
        assertThat(left.phone()).isEqualTo("06 1234 5678");
        assertThat(left.designated()).isFalse();
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void R_COORDINATOR_changedContactDetailsAreWhatAMatchShowsAndATakenAddressIsRefused() {
        Fixtures fixtures = new Fixtures(context);
        Organisation organisation = fixtures.organisation(fixtures.region(false));
        Professional professional = fixtures.professional(organisation);
        Professional colleague = fixtures.professional(organisation);

        staff.changeContactDetails(professional.id(), "Nieuwe Naam", "nieuw@test.example", "06 9999 0000");
        ProfessionalContact contact = directory.contact(professional.id()).orElseThrow();
        assertThat(contact.name()).isEqualTo("Nieuwe Naam");
        assertThat(contact.email()).isEqualTo("nieuw@test.example");
        assertThat(contact.phone()).isEqualTo("06 9999 0000");

        assertThatThrownBy(() -> staff.changeContactDetails(
                        professional.id(), "Nieuwe Naam", colleague.email().toUpperCase(), "06 9999 0000"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() ->
                        staff.changeContactDetails(new ProfessionalId(UUID.randomUUID()), "X", "x@test.example", "06"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(directory.contact(professional.id()).orElseThrow().email()).isEqualTo("nieuw@test.example");
    }

    @Test
    void R_CATEGORY_theAdministratorSeesOrganisationsWithCovenantsTheCategoriesAndTheRegions() {
        Fixtures fixtures = new Fixtures(context);
        String first = fixtures.region(false);
        String second = fixtures.region(true);
        Organisation organisation = fixtures.organisation(first, "GENERAL_PRACTITIONER");
        fixtures.covenants().joinCovenant(organisation.id(), second, LocalDate.now());
        administration.authoriseBsnUse(organisation.id(), false);

        var overview = administration.organisations().stream()
                .filter(o -> o.id().equals(organisation.id()))
                .findFirst()
                .orElseThrow();
        assertThat(overview.regionCodes()).containsExactlyInAnyOrder(first, second);
        assertThat(overview.categoryCode()).isEqualTo("GENERAL_PRACTITIONER");
        assertThat(overview.bsnAuthorised()).isFalse();
        assertThat(administration.categories()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("GENERAL_PRACTITIONER");
            assertThat(c.designationRequired()).isFalse();
        });
        assertThat(context.getBean(Covenants.class).regions())
                .extracting(RegionSummary::code)
                .contains(first, second);
    }
}
