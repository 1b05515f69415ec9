// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * The register's dates (BRP API Personen v2 {@code AbstractDatum}): a full date, or a partly known or unknown one,
 * read as strictly as {@link PersonMapper} reads the rest.
 */
final class BrpDates {

    private BrpDates() {}

    static LocalDate fullDate(JsonNode date, String where) {
        if (date == null) {
            return null;
        }
        return dateType(date, where).equals("Datum") ? isoDate(date, where) : null;
    }

    static String dateType(JsonNode date, String where) {
        String type = PersonMapper.text(date, "type");
        if (type == null) {
            throw PersonMapper.malformed(where + " has no type");
        }
        return switch (type) {
            case "Datum", "DatumOnbekend", "JaarDatum", "JaarMaandDatum" -> type;
            default -> throw PersonMapper.malformed(where + " has an unknown type");
        };
    }

    static LocalDate isoDate(JsonNode date, String where) {
        String value = PersonMapper.text(date, "datum");
        if (value == null) {
            throw PersonMapper.malformed(where + " of type Datum has no datum");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw PersonMapper.malformed(where + " is not an ISO date");
        }
    }

    static int integer(JsonNode node, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null
                || !value.canConvertToInt()
                || !value.isIntegralNumber()
                || value.intValue() < min
                || value.intValue() > max) {
            throw PersonMapper.malformed("a partial date has no valid " + field);
        }
        return value.intValue();
    }
}
