// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.verwijsindex.directory.OrganisationId;

/**
 * R-CONSULTED: the director ticked off a consultation, which covered {@code consulted}. Published in that
 * transaction for listeners in it (the reports, R-REPORTS). No youth, no professional: the director's
 * organisation only.
 *
 * @param outcomes the outcome categories chosen (table 4.1 of seed 003, more than one allowed); empty when none
 */
public record ConsultationRecorded(
        String regionCode,
        String municipalityCode,
        OrganisationId directorOrganisation,
        LocalDate recordedOn,
        List<RecordedMatch> consulted,
        Set<ConsultationOutcome> outcomes) {

    public ConsultationRecorded {
        consulted = List.copyOf(consulted);
        outcomes = Set.copyOf(outcomes);
    }
}
