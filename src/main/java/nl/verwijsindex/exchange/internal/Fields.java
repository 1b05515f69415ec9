// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.verwijsindex.exchange.ExchangeProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one record strictly, as the JSON Schema in {@code docs/exchange/} describes them, and
 * notes each problem with its field and a Dutch reason. Never puts a value into a reason. A getter returns null
 * for a missing or wrong field, after noting why.
 */
final class Fields {

    private final JsonNode node;
    private final int line;
    private final String prefix;
    private final List<ExchangeProblem> problems;

    Fields(JsonNode node, int line, String prefix, List<ExchangeProblem> problems) {
        this.node = node;
        this.line = line;
        this.prefix = prefix;
        this.problems = problems;
    }

    void problem(String field, String reason) {
        problems.add(new ExchangeProblem(line, field.isEmpty() ? ExchangeProblem.WHOLE_LINE : prefix + field, reason));
    }

    /** Fields the format does not know are refused, so that a typing error in a name does not go unnoticed. */
    void onlyKnown(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "Dit veld kent het uitwisselformaat niet.");
            }
        }
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    Fields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            problem(name, value == null || value.isNull() ? "Dit veld ontbreekt." : "Dit veld moet een object zijn.");
            return null;
        }
        return new Fields(value, line, prefix + name + ".", problems);
    }

    List<Fields> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            problem(name, "Dit veld moet een lijst zijn.");
            return List.of();
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                problem(name + "[" + i + "]", "Elk element van deze lijst moet een object zijn.");
            } else {
                items.add(new Fields(value.get(i), line, prefix + name + "[" + i + "].", problems));
            }
        }
        return items;
    }

    String text(String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "Dit veld ontbreekt.");
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problem(name, "Dit veld moet een tekst zijn die niet leeg is.");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > maxLength) {
            problem(name, "Deze tekst is te lang: ten hoogste " + maxLength + " tekens.");
            return null;
        }
        return text;
    }

    String optionalText(String name, int maxLength) {
        return has(name) ? text(name, maxLength) : null;
    }

    String matching(String name, String pattern, String reason) {
        String text = text(name, 200);
        if (text != null && !text.matches(pattern)) {
            problem(name, reason);
            return null;
        }
        return text;
    }

    String optionalMatching(String name, String pattern, String reason) {
        return has(name) ? matching(name, pattern, reason) : null;
    }

    UUID uuid(String name) {
        String text = text(name, 36);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problem(name, "Dit is geen geldige UUID.");
            return null;
        }
    }

    UUID optionalUuid(String name) {
        return has(name) ? uuid(name) : null;
    }

    LocalDate date(String name) {
        String text = text(name, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "Dit is geen geldige datum (JJJJ-MM-DD).");
            return null;
        }
    }

    LocalDate optionalDate(String name) {
        return has(name) ? date(name) : null;
    }

    OffsetDateTime dateTime(String name) {
        String text = text(name, 40);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(
                    name,
                    "Dit is geen geldig tijdstip (ISO 8601 met tijdzone, bijvoorbeeld 2024-03-01T09:30:00+01:00).");
            return null;
        }
    }

    OffsetDateTime optionalDateTime(String name) {
        return has(name) ? dateTime(name) : null;
    }

    Boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isBoolean()) {
            problem(
                    name,
                    value == null || value.isNull() ? "Dit veld ontbreekt." : "Dit veld moet true of false zijn.");
            return null;
        }
        return value.asBoolean();
    }

    Integer integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(
                    name,
                    value == null || value.isNull() ? "Dit veld ontbreekt." : "Dit veld moet een geheel getal zijn.");
            return null;
        }
        return value.asInt();
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type, Set<E> allowed) {
        String text = text(name, 40);
        if (text == null) {
            return null;
        }
        for (E value : allowed) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        problem(
                name,
                "Toegestaan zijn: "
                        + String.join(
                                ", ", allowed.stream().map(Enum::name).sorted().toList()) + ".");
        return null;
    }
}
