// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

/**
 * The exchange format (issue 18, ADR 0031): JSON Lines, one record a line, the first a header naming the format,
 * its version and the system the file comes from. Described in {@code docs/exchange/README.md}, with the JSON
 * Schema {@code docs/exchange/verwijsindex-exchange-v1.schema.json}.
 */
public final class ExchangeFormat {

    public static final String NAME = "verwijsindex-exchange";
    public static final int VERSION = 1;

    private ExchangeFormat() {}
}
