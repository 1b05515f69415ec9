// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.Publication.Column;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.Publication.PublishedRow;
import nl.verwijsindex.reporting.ReportScope;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * R-REPORTS (issue 17): a published report's rows are written by {@link PublishedRowJson} in the very bytes Jackson
 * wrote for the records: counts, "&lt;5", "-", a percentage, a decimal, texts that need escaping and names with
 * accents, quotes and control characters, the same cell object repeated and equal cells as distinct objects.
 */
class PublishedRowJsonTest {

    @Test
    void R_REPORTS_aPublishedReportIsWrittenInTheSameBytesAsJacksonWroteTheRecords() {
        Random random = new Random(20261207L);
        List<Cell> kinds = List.of(
                SmallCountSuppression.cell(0),
                SmallCountSuppression.cell(3),
                SmallCountSuppression.cell(12),
                SmallCountSuppression.cell(123_456),
                new Cell(null, "-"),
                new Cell(42L, "42%"),
                new Cell(2.5, "2,5"),
                new Cell(7, "tekst met \"aanhalingstekens\" en \\ en \n en é"),
                new Cell(null, null));
        List<PublishedRow> rows = new ArrayList<>();
        String[] names = {"Jeugdteam Eemland", "Café \"De Hoek\"", "Regel\tmet tab", null, "Ünïcödé ☃"};
        for (int r = 0; r < 25; r++) {
            List<List<Cell>> cells = new ArrayList<>();
            for (int p = 0; p < 13; p++) {
                List<Cell> period = new ArrayList<>();
                for (int m = 0; m < 30; m++) {
                    Cell kind = kinds.get(random.nextInt(kinds.size()));
                    // now the very object, now an equal one
                    period.add(random.nextBoolean() ? kind : new Cell(kind.value(), kind.text()));
                }
                cells.add(period);
            }
            rows.add(new PublishedRow(
                    r == 3 ? null : "key-" + r, names[r % names.length], r == 24 ? "TOTAL" : "GROUP", cells));
        }
        Published report = new Published(
                ReportScope.deployment(),
                2025,
                Granularity.MONTH,
                Dimension.ORGANISATION,
                List.of("2025-01", "2025"),
                List.of(new Column("SIGNALS", "Meldingen")),
                rows);

        JsonMapper plain = JsonMapper.builder().build();
        JsonMapper withRows = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(PublishedRow.class, new PublishedRowJson.RowSerializer()))
                .build();

        String expected = plain.writeValueAsString(report);
        assertThat(expected).contains("{\"value\":null,\"text\":\"<5\"}", "{\"value\":2.5,\"text\":\"2,5\"}");
        assertThat(withRows.writeValueAsString(report)).isEqualTo(expected);
    }
}
