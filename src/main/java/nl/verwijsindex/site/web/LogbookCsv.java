// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.verwijsindex.logbook.LogbookSearch.Found;
import nl.verwijsindex.shared.SpreadsheetText;

/** The data protection officer's export: semicolon-separated, for Dutch spreadsheets, safe against formulas. */
final class LogbookCsv {

    static final String HEADER = "id;tijdstip;handeling;soort actor;actor;handelende gebruiker;professional;"
            + "organisatie;signaal;onderwerp;adres;client";

    private LogbookCsv() {}

    static String of(List<Found> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Found e : entries) {
            csv.append(Stream.of(
                                    e.id(),
                                    e.occurredAt(),
                                    e.action(),
                                    e.actorType(),
                                    e.actorId(),
                                    e.actingUser(),
                                    e.professionalId(),
                                    e.organisationId(),
                                    e.signalId(),
                                    e.subjectId(),
                                    e.remoteAddress(),
                                    e.client())
                            .map(LogbookCsv::cell)
                            .collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        String text = SpreadsheetText.notAFormula(Objects.toString(value, ""));
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
