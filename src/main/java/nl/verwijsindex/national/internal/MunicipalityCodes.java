// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

/**
 * The index spells a municipality's CBS code as the person register does ({@code GM0344}); the hub's protocol as four
 * digits ({@code 0344}, docs/adr/0033). Anything else passes unchanged.
 */
final class MunicipalityCodes {

    private MunicipalityCodes() {}

    static String toWire(String code) {
        return code != null && code.matches("GM\\d{4}") ? code.substring(2) : code;
    }

    static String fromWire(String code) {
        return code != null && code.matches("\\d{4}") ? "GM" + code : code;
    }
}
