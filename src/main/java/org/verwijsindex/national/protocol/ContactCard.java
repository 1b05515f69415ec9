// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

/**
 * The professional behind a signal, as the other region's professional sees them on a match (R-VISIBLE: contact
 * details only). Never anything about the youth.
 *
 * @param region       the region's code (the CN of its certificate), filled in by the hub, never by the sender
 * @param organisation the organisation's display name
 */
public record ContactCard(String name, String organisation, String phone, String email, String region) {

    /** The same card with the region the hub knows the sender by. */
    public ContactCard inRegion(String region) {
        return new ContactCard(name, organisation, phone, email, region);
    }
}
