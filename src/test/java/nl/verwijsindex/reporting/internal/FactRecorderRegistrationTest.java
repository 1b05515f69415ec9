// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistered;
import nl.verwijsindex.youth.YouthId;

/**
 * R-REPORTS, issue 18: the fact of a registration that created its youth does not look up the youth's municipality
 * (the index knows nothing of that youth yet) and waits for the person register's answer; one on a youth the index
 * knew asks, and counts under the municipality it has.
 */
class FactRecorderRegistrationTest {

    final FactStore store = mock(FactStore.class);
    final PersonIndex persons = mock(PersonIndex.class);
    final FactRecorder recorder = new FactRecorder(
            store,
            mock(Directory.class),
            persons,
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
    final YouthId youth = new YouthId(42);

    @Test
    @SuppressWarnings("unchecked")
    void R_REPORTS_aRegistrationThatCreatedItsYouthDoesNotLookUpAMunicipalityAndWaitsForTheRegister() {
        recorder.on(registered(true));

        verify(persons, never()).municipalityOf(any());
        ArgumentCaptor<List<FactStore.Fact>> facts = ArgumentCaptor.forClass(List.class);
        verify(store).insert(facts.capture(), eq(youth));
        assertThat(facts.getValue())
                .singleElement()
                .satisfies(f -> assertThat(f.municipalityCode()).isNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void R_REPORTS_aRegistrationOnAKnownYouthCountsUnderItsMunicipalityWithoutWaiting() {
        when(persons.municipalityOf(youth)).thenReturn(Optional.of("0307"));

        recorder.on(registered(false));

        ArgumentCaptor<List<FactStore.Fact>> facts = ArgumentCaptor.forClass(List.class);
        verify(store).insert(facts.capture(), isNull());
        assertThat(facts.getValue())
                .singleElement()
                .satisfies(f -> assertThat(f.municipalityCode()).isEqualTo("0307"));
    }

    private SignalRegistered registered(boolean youthCreated) {
        return new SignalRegistered(
                new SignalId(UUID.randomUUID()),
                youth,
                new ProfessionalId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()),
                "r-1",
                youthCreated,
                "MUNICIPAL_YOUTH_TEAM",
                youthCreated);
    }
}
