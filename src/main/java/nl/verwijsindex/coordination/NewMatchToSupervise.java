// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R-NOTICE, R-SUPERVISE: a match case got new matches; the supervisors of its municipality are told, so they
 * can check later that the professionals consulted. Ids only.
 *
 * <p>No longer published (issue 18, docs/adr/0058: {@link MatchesCoordinated} carries the municipality to tell);
 * kept so that a publication an earlier version left incomplete in the registry is still handled.
 */
public record NewMatchToSupervise(UUID matchCaseId, String municipalityCode, LocalDate matchedOn)
        implements AboutMatchCase {}
