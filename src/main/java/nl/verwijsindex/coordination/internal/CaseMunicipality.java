// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.util.Optional;

import nl.verwijsindex.person.PersonIndex.YouthOfSignal;

/**
 * The municipality whose supervisor follows a match case, the region whose settings apply, and how the
 * municipality was found. Empty municipality: the region has none, so no supervisor can be told.
 *
 * @param followed the youth of the case's earliest active signal and its municipality as the index knows it (whether
 *     or not this deployment serves it); empty when the signal is gone
 */
public record CaseMunicipality(
        String regionCode, Optional<String> municipalityCode, Basis basis, Optional<YouthOfSignal> followed) {

    public enum Basis {
        /** The region's case municipality setting, or its municipality with the lowest CBS code. */
        REGION_DEFAULT,
        /** The youth's municipality of registration in the person register (gemeenteVanInschrijving), when the deployment serves that municipality. */
        PERSON_REGISTER
    }
}
