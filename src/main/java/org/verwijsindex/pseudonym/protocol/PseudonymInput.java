// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym.protocol;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.regex.Pattern;

import org.verwijsindex.oprf.Oprf;

/**
 * The OPRF input for a youth: {@code NL|BSN|<nine digits>}. Only the regional index builds it; it never leaves the
 * region unblinded. The BSN's check (elfproef) is the regional index's job; here only the form is checked, and the
 * input is never echoed.
 */
public final class PseudonymInput {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    private PseudonymInput() {}

    public static byte[] forBsn(String bsn) {
        if (bsn == null || !NINE_DIGITS.matcher(bsn).matches()) {
            throw new IllegalArgumentException("a BSN is nine digits");
        }
        return ("NL|BSN|" + bsn).getBytes(US_ASCII);
    }

    /** The region's first step: blind the input with a fresh blind (RFC 9497 Blind). */
    public static Oprf.Blinded blindBsn(String bsn) {
        return Oprf.blind(forBsn(bsn));
    }
}
