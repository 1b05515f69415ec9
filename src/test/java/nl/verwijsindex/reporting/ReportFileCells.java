// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a report's CSV and of its spreadsheet, read back independently of the code that wrote them (the CSV by
 * its own parser, the spreadsheet by Apache POI), so a test can say that both files hold the same cells.
 */
public final class ReportFileCells {

    private ReportFileCells() {}

    /** The lines of a CSV file with semicolons, its byte order mark dropped and quoted fields unquoted. */
    public static List<List<String>> ofCsv(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(line).as("the CSV ends with a line break").isEmpty();
        assertThat(field).isEmpty();
        return lines;
    }

    /**
     * The rows of a spreadsheet's only sheet as the texts the CSV would show: a number as its digits, a text as it is.
     * Checks on the way what makes the sheet usable: a number only where the text is a count, the suppressed marks
     * as text, the header row and the first two columns in bold and the rest not, the header and the names frozen,
     * an autofilter over the whole table, and the document's title and the sheet's name.
     */
    public static List<List<String>> ofSpreadsheet(byte[] xlsx, String title, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(sheetName);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as("a frozen pane").isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitPosition())
                    .as("the period and name stay in view")
                    .isEqualTo((short) 2);
            assertThat(pane.getHorizontalSplitPosition())
                    .as("the header stays in view")
                    .isEqualTo((short) 1);
            List<List<String>> rows = new ArrayList<>();
            int columns = sheet.getRow(0).getLastCellNum();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row).as("row %d", r).isNotNull();
                assertThat((int) row.getLastCellNum()).as("cells in row %d", r).isEqualTo(columns);
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    boolean bold = workbook.getFontAt(cell.getCellStyle().getFontIndex())
                            .getBold();
                    assertThat(bold).as("bold at %d,%d", r, c).isEqualTo(r == 0 || c < 2);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(r > 0 && c >= 2)
                                .as("a number at %d,%d", r, c)
                                .isTrue();
                        double value = cell.getNumericCellValue();
                        assertThat(value).isEqualTo(Math.rint(value));
                        texts.add(Long.toString((long) value));
                    } else {
                        assertThat(cell.getCellType()).as("text at %d,%d", r, c).isEqualTo(CellType.STRING);
                        String text = cell.getStringCellValue();
                        if (r > 0 && c >= 2) {
                            assertThat(text)
                                    .as("a count is a number, not a text")
                                    .doesNotMatch("[0-9]+");
                        }
                        texts.add(text);
                    }
                }
                rows.add(texts);
            }
            String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .as("an autofilter over the table")
                    .isEqualTo("A1:" + lastColumn + rows.size());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
