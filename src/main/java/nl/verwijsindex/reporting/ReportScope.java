// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

/**
 * Whose facts a report covers: one region (the region coordinator), one municipality (its supervisor) or the whole
 * deployment, all regions (the administrator).
 *
 * @param code the region code or CBS code; null for the deployment
 */
public record ReportScope(Kind kind, String code) {

    public static ReportScope region(String regionCode) {
        return new ReportScope(Kind.REGION, regionCode);
    }

    public static ReportScope municipality(String cbsCode) {
        return new ReportScope(Kind.MUNICIPALITY, cbsCode);
    }

    public static ReportScope deployment() {
        return new ReportScope(Kind.DEPLOYMENT, null);
    }

    public enum Kind {
        REGION,
        MUNICIPALITY,
        DEPLOYMENT
    }
}
