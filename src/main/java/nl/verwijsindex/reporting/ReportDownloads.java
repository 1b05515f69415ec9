// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.verwijsindex.reporting.Publication.Published;

/**
 * R-REPORTS: a report as the API and the pages hand it out: published ({@link Publication}) for the chosen year, or
 * this year when none is chosen, and as a CSV or spreadsheet file with the same cells.
 */
@Component
public class ReportDownloads {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;
    private final Clock clock;

    ReportDownloads(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** @param year null for this year */
    public Published publish(ReportScope scope, Integer year, Granularity period, Dimension by) {
        int chosen = year != null ? year : LocalDate.now(clock).getYear();
        return Publication.of(reports.report(scope, chosen, period, by));
    }

    public static File csv(Published report) {
        return new File(ReportFiles.csv(report), CSV, ReportFiles.fileName(report) + ".csv");
    }

    public static File xlsx(Published report) {
        return new File(
                ReportFiles.xlsx(report, "Verwijsindex: cijfers " + report.year()),
                XLSX,
                ReportFiles.fileName(report) + ".xlsx");
    }

    /** A report file: its bytes, media type and the name to save it under. */
    public record File(byte[] body, String mediaType, String fileName) {}
}
