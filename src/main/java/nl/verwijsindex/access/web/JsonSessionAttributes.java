// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Issue 12 §4: the session store's attributes as JSON, not Java serialisation, so that reading a row of
 * {@code spring_session_attributes} can never construct an arbitrary class (the deserialisation gadgets of
 * {@code ObjectInputStream}). Type information is written for polymorphic values and checked against an allow-list
 * on reading: Spring Security's own types (its Jackson modules, as its reference documentation describes), the
 * index's own ({@code nl.verwijsindex.}), and the few JDK and Spring MVC types a session holds (flash maps,
 * collections, maps, times, strings, numbers, booleans). Anything else fails to read.
 *
 * <p>An attribute that does not read, written by an earlier version (Java-serialised before this change, or a
 * class since changed), reads as absent: the visitor logs in again instead of getting an error page (ADR 0035).
 */
final class JsonSessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(JsonSessionAttributes.class);

    private JsonSessionAttributes() {}

    static JsonMapper mapper(ClassLoader classLoader) {
        BasicPolymorphicTypeValidator.Builder allowed = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("nl.verwijsindex.")
                .allowIfSubType(FlashMap.class)
                .allowIfSubType(Collection.class)
                .allowIfSubType(Map.class)
                .allowIfSubType("java.time.")
                .allowIfSubType(String.class)
                .allowIfSubType(Boolean.class)
                .allowIfSubType(Long.class)
                .allowIfSubType(Integer.class);
        return JsonMapper.builder()
                .addModules(SecurityJacksonModules.getModules(classLoader, allowed))
                .build();
    }

    static GenericConversionService conversions(ClassLoader classLoader) {
        JsonMapper json = mapper(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(
                Object.class,
                byte[].class,
                value -> json.writerFor(Object.class).writeValueAsBytes(StoredFlashMaps.wrap(value)));
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return StoredFlashMaps.unwrap(json.readValue(bytes, Object.class));
            } catch (JacksonException e) {
                // Says what failed to read, never the content.
                log.warn(
                        "A session attribute that is not JSON of an allowed type is dropped ({}{})",
                        e.getClass().getSimpleName(),
                        looksJavaSerialised(bytes) ? ", Java-serialised by an earlier version" : "");
                return null;
            }
        });
        return conversions;
    }

    /** Java serialisation's stream header, 0xACED. */
    static boolean looksJavaSerialised(byte[] bytes) {
        return bytes != null && bytes.length >= 2 && (bytes[0] & 0xFF) == 0xAC && (bytes[1] & 0xFF) == 0xED;
    }

    /**
     * Spring MVC's flash attributes, a list of {@link FlashMap}s: a FlashMap is a map with a target and an expiry
     * beside its entries, which JSON of a map would lose (a message would then show on whatever page came next, and
     * never expire). Stored as records that keep all four.
     */
    record StoredFlashMaps(List<StoredFlashMap> maps) {

        static Object wrap(Object value) {
            if (value instanceof List<?> list
                    && !list.isEmpty()
                    && list.stream().allMatch(FlashMap.class::isInstance)) {
                return new StoredFlashMaps(
                        list.stream().map(m -> StoredFlashMap.of((FlashMap) m)).toList());
            }
            return value;
        }

        static Object unwrap(Object stored) {
            if (stored instanceof StoredFlashMaps flash) {
                return new ArrayList<>(
                        flash.maps().stream().map(StoredFlashMap::toFlashMap).toList());
            }
            return stored;
        }
    }

    record StoredFlashMap(
            Map<String, Object> attributes,
            String targetRequestPath,
            Map<String, List<String>> targetRequestParams,
            long expirationTime) {

        static StoredFlashMap of(FlashMap map) {
            return new StoredFlashMap(
                    new LinkedHashMap<>(map),
                    map.getTargetRequestPath(),
                    new LinkedHashMap<>(map.getTargetRequestParams()),
                    map.getExpirationTime());
        }

        FlashMap toFlashMap() {
            FlashMap map = new FlashMap();
            map.putAll(attributes);
            map.setTargetRequestPath(targetRequestPath);
            map.addTargetRequestParams(new LinkedMultiValueMap<>(targetRequestParams));
            map.setExpirationTime(expirationTime);
            return map;
        }
    }
}
