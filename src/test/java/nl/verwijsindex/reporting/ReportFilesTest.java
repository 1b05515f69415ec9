// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.reporting.Publication.Column;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Publication.PublishedRow;

/**
 * R-REPORTS (issue 17, speed): the CSV written as bytes is the very file the text it replaced gave (kept here as the
 * reference): the byte order mark, semicolons, quoted texts with a semicolon, quote or line break, names with accents
 * and other scripts, "&lt;5" and "-"; and the spreadsheet holds the very cells of the CSV (docs/adr/0054).
 */
class ReportFilesTest {

    @Test
    void R_REPORTS_theCsvWrittenAsBytesIsTheFileTheTextGave() {
        Published report = generated(30);

        byte[] csv = ReportFiles.csv(report);

        assertThat(csv).isEqualTo(reference(report));
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFPeriode;Organisatie;Meldingen;")
                .contains("\"Zorg; en welzijn\"", "\"Café \"\"De Hoek\"\"\"", "Ünïcödé ☃ 𝄞", ";<5;", ";-;");
    }

    @Test
    void R_REPORTS_theSpreadsheetHoldsTheCsvsCellsWithNumbersAsNumbersAndTheSuppressedMarksAsText() {
        Published report = generated(150); // 451 lines: the sheet is written 200 rows at a time

        byte[] xlsx = ReportFiles.xlsx(report, "Verwijsindex: cijfers 2025");

        List<List<String>> csv = ReportFileCells.ofCsv(ReportFiles.csv(report));
        assertThat(csv).hasSize(1 + 3 * 150);
        assertThat(ReportFileCells.ofSpreadsheet(xlsx, "Verwijsindex: cijfers 2025", "Cijfers 2025"))
                .isEqualTo(csv);
        assertThat(csv.stream().flatMap(List::stream)).contains("<5", "-", "0", "123456", "Regel\nmet breuk");
    }

    @Test
    void R_REPORTS_aNameASpreadsheetWouldRunAsAFormulaIsTextInBothFilesAndTheFiguresAreAsTheyWere() {
        List<String> names = List.of("=HYPERLINK(\"http://x.example\")", "+31 Zorg", "-Jeugd", "@Team", "Gewoon");
        Published report = named(names);

        List<List<String>> csv = ReportFileCells.ofCsv(ReportFiles.csv(report));
        assertThat(csv.subList(1, csv.size()))
                .extracting(line -> line.get(1))
                .containsExactly("'=HYPERLINK(\"http://x.example\")", "'+31 Zorg", "'-Jeugd", "'@Team", "Gewoon");
        assertThat(csv.get(1).subList(2, csv.get(1).size())).containsOnly("-");
        List<List<String>> sheet = ReportFileCells.ofSpreadsheet(
                ReportFiles.xlsx(report, "Verwijsindex: cijfers 2025"), "Verwijsindex: cijfers 2025", "Cijfers 2025");
        assertThat(sheet.subList(1, sheet.size()))
                .extracting(line -> line.get(1))
                .containsExactlyElementsOf(names);
    }

    private static Published named(List<String> names) {
        List<PublishedRow> rows = new ArrayList<>();
        for (String name : names) {
            List<Cell> hidden = new ArrayList<>();
            for (int m = 0; m < Measure.values().length; m++) {
                hidden.add(Publication.HIDDEN);
            }
            rows.add(new PublishedRow("key-" + name, name, "GROUP", List.of(hidden)));
        }
        return new Published(
                ReportScope.deployment(),
                2025,
                Granularity.YEAR,
                Dimension.ORGANISATION,
                List.of("2025"),
                Arrays.stream(Measure.values())
                        .map(m -> new Column(m.name(), m.label()))
                        .toList(),
                rows);
    }

    /** Rows of three periods with every kind of cell and name, from a fixed seed. */
    private static Published generated(int rowCount) {
        Random random = new Random(17);
        List<Cell> kinds = List.of(
                SmallCountSuppression.cell(0),
                SmallCountSuppression.cell(3),
                SmallCountSuppression.cell(12),
                SmallCountSuppression.cell(123_456),
                Publication.HIDDEN);
        String[] names = {
            "Jeugdteam Eemland", "Café \"De Hoek\"", "Zorg; en welzijn", "Regel\nmet breuk", "Ünïcödé ☃ 𝄞", "Totaal"
        };
        List<PublishedRow> rows = new ArrayList<>();
        List<String> periods = List.of("2025-01", "2025-02", "2025");
        for (int r = 0; r < rowCount; r++) {
            List<List<Cell>> cells = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                List<Cell> period = new ArrayList<>();
                for (int m = 0; m < Measure.values().length; m++) {
                    period.add(kinds.get(random.nextInt(kinds.size())));
                }
                cells.add(period);
            }
            rows.add(new PublishedRow("key-" + r, names[r % names.length], "GROUP", cells));
        }
        return new Published(
                ReportScope.deployment(),
                2025,
                Granularity.MONTH,
                Dimension.ORGANISATION,
                periods,
                Arrays.stream(Measure.values())
                        .map(m -> new Column(m.name(), m.label()))
                        .toList(),
                rows);
    }

    /** The CSV as it was written before: a text, then its UTF-8 bytes. */
    private static byte[] reference(Published report) {
        StringBuilder csv = new StringBuilder().append('\uFEFF');
        List<String> header =
                new ArrayList<>(List.of("Periode", report.dimension().label()));
        report.columns().stream().map(Column::label).forEach(header::add);
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(quoted(header.get(i)));
        }
        csv.append("\r\n");
        for (int p = 0; p < report.periods().size(); p++) {
            String period = quoted(report.periods().get(p));
            for (PublishedRow row : report.rows()) {
                csv.append(period).append(';').append(quoted(row.name()));
                for (Cell cell : row.cells().get(p)) {
                    csv.append(';').append(quoted(cell.text()));
                }
                csv.append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        if (text.indexOf(';') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
