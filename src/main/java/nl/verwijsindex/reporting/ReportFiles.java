// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.reporting.Publication.Column;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Publication.PublishedRow;
import nl.verwijsindex.shared.SpreadsheetText;

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

    /**
     * Semicolons and a byte order mark, as Dutch spreadsheet programs open a CSV file. One line per period and row,
     * written straight from the published cells as UTF-8 bytes (issue 17: a month's report over every organisation
     * has close to a million cells; built as text, the byte order mark made it a 32 MB UTF-16 text, copied twice).
     */
    public static byte[] csv(Published report) {
        Bytes csv = new Bytes(report.periods().size()
                * report.rows().size()
                * (48 + 3 * report.columns().size()));
        csv.text("\uFEFF");
        List<String> header = header(report);
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) {
                csv.ascii(SEPARATOR);
            }
            csv.text(quoted(SpreadsheetText.notAFormula(header.get(i))));
        }
        csv.ascii('\r').ascii('\n');
        for (int p = 0; p < report.periods().size(); p++) {
            String period = quoted(SpreadsheetText.notAFormula(report.periods().get(p)));
            for (PublishedRow row : report.rows()) {
                csv.text(period).ascii(SEPARATOR).text(quoted(SpreadsheetText.notAFormula(row.name())));
                for (SmallCountSuppression.Cell cell : row.cells().get(p)) {
                    csv.ascii(SEPARATOR).text(quoted(cell.text()));
                }
                csv.ascii('\r').ascii('\n');
            }
        }
        return csv.toByteArray();
    }

    /** A growing array of UTF-8 bytes: ASCII text copied as it is, any other text encoded. */
    private static final class Bytes {

        private byte[] bytes;
        private int size;

        Bytes(int expected) {
            bytes = new byte[Math.max(1024, expected)];
        }

        Bytes ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
            return this;
        }

        Bytes text(String text) {
            int length = text.length();
            room(length);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) { // not ASCII: the whole text encoded over what was copied
                    byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
                    room(encoded.length);
                    System.arraycopy(encoded, 0, bytes, size, encoded.length);
                    size += encoded.length;
                    return this;
                }
                bytes[size + i] = (byte) c;
            }
            size += length;
            return this;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** The spreadsheet of a report as bytes, complete before any of it is sent (docs/adr/0054). */
    public static byte[] xlsx(Published report, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024
                + report.periods().size()
                        * report.rows().size()
                        * 4
                        * report.columns().size());
        try {
            xlsx(report, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The spreadsheet of a report, written to {@code out}: the document's title, one sheet named for the year, the
     * header row and the period and name of every row in bold, the numbers as numbers and the suppressed marks
     * ("&lt;5", "-") as text, the header and the names frozen, an autofilter over the whole table. Written by
     * FastExcel row by row as XML into the zip, a batch of rows at a time, at the fastest compression level
     * (docs/adr/0054: with a cell object per figure and a temporary file, Apache POI took about three times as long for
     * a month's report over every organisation).
     */
    private static void xlsx(Published report, String title, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Verwijsindex", null);
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
        workbook.properties().setTitle(title);
        Worksheet sheet = workbook.newWorksheet("Cijfers " + report.year());
        List<String> header = header(report);
        int rows = 1 + report.periods().size() * report.rows().size();
        sheet.width(0, 12);
        sheet.width(1, 40);
        sheet.freezePane(2, 1);
        sheet.setAutoFilter(0, 0, rows - 1, header.size() - 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        int unstyled = 1;
        for (int p = 0; p < report.periods().size(); p++) {
            String period = report.periods().get(p);
            for (PublishedRow published : report.rows()) {
                sheet.value(r, 0, period);
                sheet.value(r, 1, published.name());
                int c = 2;
                for (SmallCountSuppression.Cell figure : published.cells().get(p)) {
                    if (figure.exact()) {
                        sheet.value(r, c++, figure.value());
                    } else {
                        sheet.value(r, c++, figure.text());
                    }
                }
                if (++r % ROWS_IN_MEMORY == 0) {
                    unstyled = boldRowHeaders(sheet, unstyled, r);
                    sheet.flush();
                }
            }
        }
        boldRowHeaders(sheet, unstyled, r);
        workbook.finish();
    }

    /** The period and name of rows {@code from} to {@code to} (exclusive) in bold, as row headers; returns {@code to}. */
    private static int boldRowHeaders(Worksheet sheet, int from, int to) {
        if (from < to) {
            sheet.range(from, 0, to - 1, 1).style().bold().set();
        }
        return to;
    }

    private static List<String> header(Published report) {
        List<String> header =
                new ArrayList<>(List.of("Periode", report.dimension().label()));
        report.columns().stream().map(Column::label).forEach(header::add);
        return header;
    }

    private static String quoted(String text) {
        if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
