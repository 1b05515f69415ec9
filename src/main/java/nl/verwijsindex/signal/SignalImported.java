// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

/**
 * An active signal was brought over from another system (issue 18, ADR 0031). Published inside the importing
 * transaction with the youth locked, as {@link SignalRegistered} is, so matching derives its matches as for a
 * registration; {@code source} tells which of them the old system already made. Ids only, and the name of the
 * source system.
 */
public record SignalImported(
        SignalId signalId,
        YouthId youthId,
        ProfessionalId professionalId,
        OrganisationId organisationId,
        String regionCode,
        String source) {}
