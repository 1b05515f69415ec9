// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.verwijsindex.reporting.Publication.Column;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Publication.PublishedRow;

/**
 * A published report as CSV and as a spreadsheet, with exactly the cells the page and the API show (the suppressed
 * ones as "&lt;5" or "-"). One line per period and row, the columns named in Dutch in the first line, so a screen
 * reader and a filter read it as a table; no merged cells.
 */
public final class ReportFiles {

    private static final char SEPARATOR = ';';
    private static final int ROWS_IN_MEMORY = 200;

    private ReportFiles() {}

    /** The file name of a download, without its extension. */
    public static String fileName(Published report) {
        return "verwijsindex-cijfers-" + report.year() + "-"
                + report.granularity().name().toLowerCase() + "-"
                + report.dimension().name().toLowerCase();
    }

    public static List<List<String>> lines(Published report) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header =
                new ArrayList<>(List.of("Periode", report.dimension().label()));
        report.columns().stream().map(Column::label).forEach(header::add);
        lines.add(header);
        for (int p = 0; p < report.periods().size(); p++) {
            for (PublishedRow row : report.rows()) {
                List<String> line = new ArrayList<>(List.of(report.periods().get(p), row.name()));
                row.cells().get(p).forEach(c -> line.add(c.text()));
                lines.add(line);
            }
        }
        return lines;
    }

    /** Semicolons and a byte order mark, as Dutch spreadsheet programs open a CSV file. */
    public static byte[] csv(Published report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> line : lines(report)) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    csv.append(SEPARATOR);
                }
                csv.append(quoted(line.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Published report, String title) {
        // Streamed (issue 17): a month's report over every organisation of the deployment has close to a million cells,
        // which a workbook held in memory writes in tens of seconds.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            SXSSFSheet sheet = workbook.createSheet("Cijfers " + report.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<List<String>> lines = lines(report);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    String text = line.get(c);
                    if (r > 0 && c > 1 && text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
                        cell.setCellValue(Long.parseLong(text));
                    } else {
                        cell.setCellValue(text);
                    }
                    if (r == 0 || c < 2) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(
                    new CellRangeAddress(0, lines.size() - 1, 0, lines.get(0).size() - 1));
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            try {
                workbook.write(out);
            } finally {
                workbook.dispose(); // its temporary file
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
