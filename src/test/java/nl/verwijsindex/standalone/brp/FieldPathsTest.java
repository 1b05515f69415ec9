// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field paths the stand-in accepts are exactly those of the project's schema of the specification
 * ({@code brp/personen-subset.schema.json}), so it neither refuses a valid path the index uses nor accepts an
 * invented one.
 */
class FieldPathsTest {

    @Test
    void theStandInKnowsExactlyTheSchemasFieldPaths() throws IOException {
        JsonNode definitions;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("brp/personen-subset.schema.json")) {
            definitions = JsonMapper.builder().build().readTree(in).get("$defs");
        }

        assertThat(FieldPaths.PERSON).containsExactlyInAnyOrderElementsOf(values(definitions.at("/PersoonField/enum")));
        assertThat(FieldPaths.LIMITED_PERSON)
                .containsExactlyInAnyOrderElementsOf(values(definitions.at("/PersoonBeperktField/enum")));
        assertThat(FieldPaths.PERSON)
                .containsAll(FieldPaths.LIMITED_PERSON)
                .doesNotContainAnyElementsOf(FieldPaths.AUTOMATIC);
    }

    @Test
    void onlyTheAskedForPartsAndTheAutomaticOnesAreKept() {
        JsonMapper json = JsonMapper.builder().build();
        var document = (tools.jackson.databind.node.ObjectNode) json.readTree("""
                {"burgerservicenummer":"999907931","geheimhoudingPersoonsgegevens":true,
                 "naam":{"voornamen":"Noah","geslachtsnaam":"Jansen"},
                 "verblijfplaats":{"type":"VerblijfplaatsBuitenland","verblijfadres":{"regel1":"Meir 12"}},
                 "ouders":[{"burgerservicenummer":"999904577","ouderAanduiding":"1"},{"ouderAanduiding":"2"}]}""");

        assertThat(FieldPaths.select(
                                document,
                                java.util.List.of(
                                        "naam.voornamen",
                                        "ouders.burgerservicenummer",
                                        "verblijfplaats.adresseerbaarObjectIdentificatie"))
                        .toString())
                .isEqualTo("{\"naam\":{\"voornamen\":\"Noah\"},"
                        + "\"ouders\":[{\"burgerservicenummer\":\"999904577\"}],\"verblijfplaats\":{\"type\":\"VerblijfplaatsBuitenland\"},"
                        + "\"geheimhoudingPersoonsgegevens\":true}");
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
