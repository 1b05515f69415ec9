// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.util.UUID;

import nl.verwijsindex.directory.ProfessionalId;

/**
 * R-DIRECTOR: a professional became director of a match case other than at its opening: by hand-over or
 * because the previous director's signal ended. Ids only.
 *
 * @param basis {@code HAND_OVER} or the rule that decided
 */
public record DirectorAppointed(UUID matchCaseId, ProfessionalId director, String basis) implements AboutMatchCase {}
