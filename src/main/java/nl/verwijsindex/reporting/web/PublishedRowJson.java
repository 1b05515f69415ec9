// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.verwijsindex.coordination.SmallCountSuppression.Cell;
import nl.verwijsindex.reporting.Publication.PublishedRow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A published report's row as JSON, the very bytes Jackson wrote for the record before (issue 17): its key, name, kind
 * and cells, each cell {@code {"value":12,"text":"12"}} or {@code {"value":null,"text":"<5"}}. A month's report over
 * every organisation has about 830,000 cells, mostly a few small numbers, and Jackson went through the record's
 * properties for each; here the JSON of each distinct cell of a row is made once and written as it is.
 */
@Configuration(proxyBeanMethods = false)
class PublishedRowJson {

    @Bean
    JsonMapperBuilderCustomizer publishedRowSerializer() {
        return builder -> builder.addModule(
                new SimpleModule("published-report-rows").addSerializer(PublishedRow.class, new RowSerializer()));
    }

    static final class RowSerializer extends ValueSerializer<PublishedRow> {

        @Override
        public void serialize(PublishedRow row, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject(row);
            gen.writeStringProperty("key", row.key());
            gen.writeStringProperty("name", row.name());
            gen.writeStringProperty("kind", row.kind());
            gen.writeName("cells");
            gen.writeStartArray();
            // Publication reuses one cell object per count, so a row's distinct cells are found by identity; their
            // JSON is made once for all rows and reports (issue 17: made per row, the month's report over every
            // organisation made about 19 MB of these texts per request).
            Map<Cell, String> known = new IdentityHashMap<>();
            for (List<Cell> period : row.cells()) {
                gen.writeStartArray();
                for (Cell cell : period) {
                    String json = known.computeIfAbsent(cell, RowSerializer::remembered);
                    if (json.isEmpty()) {
                        gen.writeStartObject(cell);
                        gen.writeName("value");
                        context.writeValue(gen, cell.value());
                        gen.writeStringProperty("text", cell.text());
                        gen.writeEndObject();
                    } else {
                        gen.writeRawValue(json);
                    }
                }
                gen.writeEndArray();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }

        /** The most cells whose JSON is kept: a few thousand small counts and texts. */
        private static final int REMEMBERED_AT_MOST = 4096;

        private static final Map<Cell, String> REMEMBERED = new ConcurrentHashMap<>();

        /** {@link #json} of an equal cell made before, or made now (and kept, while fewer than the most). */
        static String remembered(Cell cell) {
            String json = REMEMBERED.get(cell);
            if (json == null) {
                json = json(cell);
                if (REMEMBERED.size() < REMEMBERED_AT_MOST) {
                    REMEMBERED.put(cell, json);
                }
            }
            return json;
        }

        /**
         * The JSON of a cell whose value is an integer or none and whose text needs no escaping, as Jackson writes it;
         * empty for any other (written property by property).
         */
        static String json(Cell cell) {
            boolean whole = cell.value() == null || cell.value() instanceof Integer || cell.value() instanceof Long;
            if (!whole || cell.text() == null || !plain(cell.text())) {
                return "";
            }
            return "{\"value\":" + cell.value() + ",\"text\":\"" + cell.text() + "\"}";
        }

        /** Printable ASCII without a quote or backslash: written in a JSON string as it is. */
        private static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                    return false;
                }
            }
            return true;
        }
    }
}
