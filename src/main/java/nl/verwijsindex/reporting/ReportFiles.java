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

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.verwijsindex.coordination.SmallCountSuppression;
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
            csv.text(quoted(header.get(i)));
        }
        csv.ascii('\r').ascii('\n');
        for (int p = 0; p < report.periods().size(); p++) {
            String period = quoted(report.periods().get(p));
            for (PublishedRow row : report.rows()) {
                csv.text(period).ascii(SEPARATOR).text(quoted(row.name()));
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

    public static byte[] xlsx(Published report, String title) {
        // Streamed (issue 17): a month's report over every organisation of the deployment has close to a million cells,
        // which a workbook held in memory writes in tens of seconds. Written from the published cells, not from the
        // CSV's lines, and compressed for speed (docs/adr/0048).
        try (SXSSFWorkbook workbook = new FastZipWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            SXSSFSheet sheet = workbook.createSheet("Cijfers " + report.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle plain = workbook.getCellStyleAt(0);
            List<String> header = header(report);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (int p = 0; p < report.periods().size(); p++) {
                String period = report.periods().get(p);
                for (PublishedRow published : report.rows()) {
                    Row row = sheet.createRow(r++);
                    Cell periodCell = row.createCell(0);
                    periodCell.setCellValue(period);
                    periodCell.setCellStyle(bold);
                    Cell name = row.createCell(1);
                    name.setCellValue(published.name());
                    name.setCellStyle(bold);
                    int c = 2;
                    for (SmallCountSuppression.Cell figure : published.cells().get(p)) {
                        Cell cell = row.createCell(c++);
                        if (figure.exact()) {
                            cell.setCellValue(figure.value().longValue());
                        } else {
                            cell.setCellValue(figure.text());
                        }
                        cell.setCellStyle(plain);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, header.size() - 1));
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

    private static List<String> header(Published report) {
        List<String> header =
                new ArrayList<>(List.of("Periode", report.dimension().label()));
        report.columns().stream().map(Column::label).forEach(header::add);
        return header;
    }

    /**
     * Compresses the spreadsheet's parts at the fastest level (issue 17): the sheet of a month's report over all
     * organisations is tens of megabytes of XML, whose default compression took about as long as writing it.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook(int rowsInMemory) {
            super(rowsInMemory);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private static String quoted(String text) {
        if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
