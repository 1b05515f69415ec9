// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

/**
 * R-MOVE across regions: a youth with an active signal in another region now lives in one of this region's
 * municipalities; its supervisors are told. Published in the transaction that stores the delivery. Nothing about the
 * youth: the delivery's id, the municipality (as the index spells its CBS code) and the region that serves it.
 */
public record YouthMovedInFromOtherRegion(long deliveryId, String municipalityCode, String regionCode) {}
