// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

/** The periods of a report within its year; the year itself is always the last column. */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR
}
