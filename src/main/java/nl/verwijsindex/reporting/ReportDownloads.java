// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.verwijsindex.reporting.Publication.Published;

/**
 * R-REPORTS: a report as the API and the pages hand it out: published ({@link Publication}) for the chosen year, or
 * this year when none is chosen, and as a CSV or spreadsheet download with the same cells.
 */
@Component
public class ReportDownloads {

    public static final MediaType CSV = new MediaType("text", "csv");
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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

    public static ResponseEntity<byte[]> csv(Published report) {
        return download(ReportFiles.csv(report), CSV, ReportFiles.fileName(report) + ".csv");
    }

    public static ResponseEntity<byte[]> xlsx(Published report) {
        return download(
                ReportFiles.xlsx(report, "Verwijsindex: cijfers " + report.year()),
                XLSX,
                ReportFiles.fileName(report) + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
