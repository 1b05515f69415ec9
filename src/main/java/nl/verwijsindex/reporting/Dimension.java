// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

/** The rows of a report. */
public enum Dimension {
    MUNICIPALITY("Gemeente"),
    ORGANISATION("Organisatie"),
    CATEGORY("Soort organisatie"),
    REGION("Regio");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
