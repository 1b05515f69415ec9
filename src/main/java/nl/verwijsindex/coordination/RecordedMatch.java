// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination;

import java.time.LocalDate;

import nl.verwijsindex.directory.OrganisationId;

/**
 * One match as the reports count it (table 3.1 of seed 003): its kind, whether it crosses covenant regions, the
 * organisations of its two signals, the day it was made and its deadline. Nothing that leads to a youth or a
 * professional.
 */
public record RecordedMatch(
        String kind,
        boolean acrossRegions,
        OrganisationId organisationA,
        OrganisationId organisationB,
        LocalDate matchedOn,
        LocalDate dueOn) {}
