// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;

/** The parts of an active signal that matching needs: ids and the covenant. */
public record ActiveSignal(
        SignalId id, ProfessionalId professionalId, OrganisationId organisationId, String regionCode) {}
