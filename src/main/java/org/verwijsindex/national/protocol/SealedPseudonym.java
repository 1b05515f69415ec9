// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

/**
 * One person as the hub receives them (docs/adr/0026): the pseudonym service's evaluation sealed to the hub, and the
 * blind the region used, both base64. The hub opens the box, unblinds with the blind and keys the result with its
 * HMAC key; the region cannot open the box, the hub never sees the input.
 *
 * @param sealedEvaluation base64 of the sealed box from {@code POST /v1/evaluate} of the pseudonym service
 * @param blind            base64 of the 32-byte ristretto255 scalar the region blinded with
 */
public record SealedPseudonym(String sealedEvaluation, String blind) {

    @Override
    public String toString() {
        return "SealedPseudonym[…]";
    }
}
