// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.shared.DomainException;

/**
 * Issue 12, section 2: an organisation coordinator cannot give a leaver back the organisation's youths. A leaving
 * date in the future may still move; once it has passed it can neither be undone nor moved. Before, a
 * coordinator could clear it and the leaver's account worked again.
 */
@IntegrationTest
class LeavingDateCannotBeUndoneTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffAdministration staff;

    @Autowired
    Directory directory;

    @Test
    void aPassedLeavingDateIsFinal() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Organisation organisation = fixtures.organisation(fixtures.region(false));
        Fixtures.Professional professional = fixtures.professional(organisation);
        LocalDate today = LocalDate.now();

        staff.markLeft(professional.id(), today.plusDays(30));
        staff.markLeft(professional.id(), today.plusDays(10));
        staff.markLeft(professional.id(), today);

        assertThatThrownBy(() -> staff.markLeft(professional.id(), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("leaving-date-passed");
                });
        assertThatThrownBy(() -> staff.markLeft(professional.id(), today.plusYears(1)))
                .isInstanceOf(DomainException.class);
        assertThat(directory.staffOf(organisation.id()).stream()
                        .filter(m -> m.id().equals(professional.id()))
                        .findFirst()
                        .orElseThrow()
                        .leftOn())
                .isEqualTo(today);
    }
}
