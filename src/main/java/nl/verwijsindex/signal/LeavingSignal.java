// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.youth.YouthId;

/** A signal that expired or was deleted, by its ids: what the anonymous report facts are made from. */
public record LeavingSignal(SignalId signalId, YouthId youthId, OrganisationId organisationId, String regionCode) {}
