// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API describes it, and nothing Jackson would make of it by guessing (issue 13, defect 4): a string
 * field takes only a string (not {@code 999970148}), a boolean only {@code true} or {@code false}, a date only
 * an ISO date string {@code "2012-03-14"} (not {@code 15000} read as days after 1970), and an object with the
 * same key twice is refused instead of keeping the last value. Each of these becomes a 400 problem with the
 * field's name.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDateDeserializer()));
    }

    /** A calendar date only as the text {@code yyyy-MM-dd}: never a number, an array or a date with a time. */
    static final class IsoDateDeserializer extends StdDeserializer<LocalDate> {

        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            if (!ISO_DATE.matcher(text).matches()) {
                return (LocalDate)
                        context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date (yyyy-MM-dd)");
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a calendar date");
            }
        }
    }
}
