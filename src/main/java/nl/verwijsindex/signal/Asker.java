// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;

/** Who makes the index ask the person register: for the logbook (R-LOGBOOK) and the rate limits. */
public record Asker(Actor actor, OrganisationId organisation, ProfessionalId professional) {}
