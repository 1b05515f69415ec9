// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

/**
 * A new TOTP secret to set up in an authenticator app, shown once. Nothing is stored until a code made
 * with it is confirmed.
 *
 * @param secret     the base32 secret, to type in when the QR code cannot be scanned
 * @param qrImageUri the QR code of {@code otpauthUri}, as a data URI (PNG)
 */
public record SecondFactorEnrolment(String secret, String otpauthUri, String qrImageUri) {

    @Override
    public String toString() {
        return "SecondFactorEnrolment[***]";
    }
}
