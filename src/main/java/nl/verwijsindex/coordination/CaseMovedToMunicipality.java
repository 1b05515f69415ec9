// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R-SUPERVISE: the person register placed the youth of an open match case in another municipality than the case
 * had (it was opened before the register answered, or the youth moved), and the case moved there. The
 * supervisors of both are told: the case left the one and arrived at the other. Ids and CBS codes only.
 *
 * @param fromMunicipality null when the case had no municipality (a region without municipalities)
 */
public record CaseMovedToMunicipality(
        UUID matchCaseId, String fromMunicipality, String toMunicipality, LocalDate movedOn)
        implements AboutMatchCase {}
