// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * A match case as a professional in it sees it (R-VISIBLE): its state and deadline, who directs it and the
 * contact details of everyone involved. Never anything about the youth.
 *
 * @param deadline       the earliest deadline of a match not yet consulted; null when there is none
 * @param youDirect      whether the professional asking is the director
 * @param director       null when the case is closed
 * @param directorBasis  the rule that appointed the director, or {@code HAND_OVER}
 * @param others         the other professionals with an active signal in the case
 * @param consultation   the latest consultation ticked off, or null
 */
public record MatchCaseView(
        MatchCaseId matchCaseId,
        CaseState state,
        LocalDate deadline,
        boolean youDirect,
        ProfessionalContact director,
        OffsetDateTime directorSince,
        String directorBasis,
        List<ProfessionalContact> others,
        ConsultationView consultation) {

    /**
     * R-CONSULTED: ticked off by the director, with outcome categories (table 4.1 of seed 003, none or more; never free text), and who of the
     * others confirmed it.
     */
    public record ConsultationView(
            OffsetDateTime recordedAt, List<ConsultationOutcome> outcomes, List<String> confirmedBy) {

        /** The first outcome chosen, or null: for who shows one. */
        public ConsultationOutcome outcome() {
            return outcomes.isEmpty() ? null : outcomes.get(0);
        }
    }
}
