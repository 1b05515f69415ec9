// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

/**
 * A region's choice (DESIGN decision 5): Liberation Day (5 May) is a day off every five years (2025, 2030, ...)
 * or, as a region may set, every year. The Dutch calendar of the coordination module counts working days by it.
 */
public enum LiberationDay {
    EVERY_FIVE_YEARS,
    YEARLY
}
