// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * R-DEADLINE, R-SUPERVISE: the deadline passed without consultation; the supervisors of the case's municipality
 * are told. Ids only.
 */
public record ConsultationOverdue(UUID matchCaseId, String municipalityCode, LocalDate dueOn)
        implements AboutMatchCase {}
