// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

/**
 * R-ACTIVE-2Y: the professional extended their signal by a new period. Published inside the extending transaction,
 * with the signal locked, for listeners that must record it with the extension (the national index's outbox). Ids
 * only.
 */
public record SignalExtended(SignalId signalId) {}
