// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.signal.SignalId;

/**
 * The hub delivered a cross-region youth match, family match or archive hit on one of the region's active signals
 * (R-NATIONAL, R-MATCH-YOUTH, R-MATCH-FAMILY, R-ARCHIVE-HIT). Published in the transaction that stores the delivery,
 * so a listener that makes the notice stands or falls with it and the delivery is applied exactly once. Ids only.
 */
public record CrossRegionMatchReceived(
        long deliveryId, CrossRegionKind kind, SignalId signalId, ProfessionalId professionalId) {}
