// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.youth.YouthId;

/**
 * A signal was ended; {@code deleted} when it went out of the index rather than into the archive. Ids only.
 * Published before the signal is deleted, so a listener in the same transaction still finds its youth.
 *
 * @param organisationId the signal's organisation; null in a publication stored before it was added
 */
public record SignalEnded(
        SignalId signalId,
        YouthId youthId,
        String regionCode,
        EndReason reason,
        boolean deleted,
        OrganisationId organisationId) {

    public SignalEnded(SignalId signalId, YouthId youthId, String regionCode, EndReason reason, boolean deleted) {
        this(signalId, youthId, regionCode, reason, deleted, null);
    }
}
