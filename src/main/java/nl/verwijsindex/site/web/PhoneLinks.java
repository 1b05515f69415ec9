// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import org.springframework.stereotype.Component;

/**
 * A phone number as a {@code tel:} link, so a professional on a phone calls with one tap (issue 16 item 15).
 * Templates use it as {@code @phones} through the fragment {@code fragments/contact :: phone(number)}.
 */
@Component("phones")
public class PhoneLinks {

    /** {@code 033 - 469 40 00} to {@code tel:0334694000}: digits and a leading plus only. */
    public String href(String number) {
        if (number == null) {
            return null;
        }
        String trimmed = number.strip();
        String digits = trimmed.replaceAll("[^0-9]", "");
        return "tel:" + (trimmed.startsWith("+") ? "+" : "") + digits;
    }
}
