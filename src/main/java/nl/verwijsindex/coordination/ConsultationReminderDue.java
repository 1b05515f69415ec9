// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;
import java.util.UUID;

import nl.verwijsindex.directory.ProfessionalId;

/** R-DEADLINE: a working day before the deadline, the director has not yet ticked off the consultation. Ids only. */
public record ConsultationReminderDue(UUID matchCaseId, ProfessionalId director, LocalDate dueOn)
        implements AboutMatchCase {}
