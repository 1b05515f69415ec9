// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.oprf;

/**
 * A byte string that is not the encoding of a ristretto255 element other than the identity (RFC 9497 §2.1,
 * DeserializeElement), or a scalar that is not a canonical non-zero scalar. Its message never repeats the input.
 */
public class InvalidElementException extends IllegalArgumentException {

    public InvalidElementException(String message) {
        super(message);
    }
}
