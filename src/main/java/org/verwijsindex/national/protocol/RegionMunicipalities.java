// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.util.List;

/**
 * {@code PUT /v1/region/municipalities}: the municipalities (CBS codes) whose supervisors the calling region serves,
 * so the hub knows where to deliver {@link DeliveryKind#MOVED_IN}. Sent by the region at start and when its
 * covenants change; replaces what the hub held for the region.
 */
public record RegionMunicipalities(List<String> municipalityCodes) {

    public RegionMunicipalities {
        municipalityCodes = List.copyOf(municipalityCodes);
    }
}
