// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.youth.YouthId;

/** A signal was ended; {@code deleted} when it went out of the index rather than into the archive. Ids only. */
public record SignalEnded(SignalId signalId, YouthId youthId, String regionCode, EndReason reason, boolean deleted) {}
