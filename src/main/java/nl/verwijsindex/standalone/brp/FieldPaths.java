// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code fields} the stand-in knows, named as in the BRP API Personen v2, and the filter that keeps only
 * the asked-for parts of a document (plus what the API always delivers). A path the stand-in does not know is
 * refused with 400, as the real API refuses a path that does not exist.
 */
final class FieldPaths {

    /** Delivered without being asked; asking for them is a 400 in the real API. */
    static final Set<String> AUTOMATIC =
            Set.of("geheimhoudingPersoonsgegevens", "inOnderzoek", "opschortingBijhouding", "rni", "verificatie");

    private static final List<String> NAME_PARTS = List.of("voornamen", "voorvoegsel", "geslachtsnaam", "voorletters");
    private static final List<String> CODE_AND_DESCRIPTION = List.of("code", "omschrijving");

    /** {@code PersoonBeperkt} (and {@code GezagPersoonBeperkt}) as the stand-in fills it. */
    static final Set<String> LIMITED_PERSON = Stream.of(
                    List.of(
                            "burgerservicenummer",
                            "leeftijd",
                            "geboorte",
                            "geboorte.datum",
                            "adressering",
                            "adressering.adresregel1",
                            "adressering.adresregel2",
                            "adressering.adresregel3",
                            "adressering.land",
                            "naam.volledigeNaam"),
                    group("geslacht", CODE_AND_DESCRIPTION),
                    group("adressering.land", CODE_AND_DESCRIPTION),
                    group("naam", NAME_PARTS))
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    /** {@code Persoon} as the stand-in fills it. */
    static final Set<String> PERSON = Stream.of(
                    List.copyOf(LIMITED_PERSON),
                    List.of(
                            "overlijden",
                            "overlijden.datum",
                            "verblijfplaats",
                            "verblijfplaats.adresseerbaarObjectIdentificatie",
                            "verblijfplaats.nummeraanduidingIdentificatie",
                            "verblijfplaats.verblijfadres",
                            "ouders.burgerservicenummer",
                            "ouders.ouderAanduiding",
                            "ouders.geboorte",
                            "ouders.geboorte.datum",
                            "kinderen.burgerservicenummer",
                            "kinderen.geboorte",
                            "kinderen.geboorte.datum"),
                    group("verblijfplaats.functieAdres", CODE_AND_DESCRIPTION),
                    group("gemeenteVanInschrijving", CODE_AND_DESCRIPTION),
                    group(
                            "verblijfplaats.verblijfadres",
                            List.of(
                                    "officieleStraatnaam",
                                    "korteStraatnaam",
                                    "huisnummer",
                                    "huisletter",
                                    "postcode",
                                    "woonplaats",
                                    "regel1",
                                    "regel2")),
                    group("verblijfplaats.verblijfadres.land", CODE_AND_DESCRIPTION),
                    group("ouders", List.of()),
                    group("ouders.geslacht", CODE_AND_DESCRIPTION),
                    group("ouders.naam", NAME_PARTS),
                    group("kinderen", List.of()),
                    group("kinderen.naam", NAME_PARTS))
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    private FieldPaths() {}

    /** The group itself and each of its members, e.g. {@code geslacht}, {@code geslacht.code}. */
    private static List<String> group(String group, List<String> members) {
        return Stream.concat(Stream.of(group), members.stream().map(m -> group + "." + m))
                .toList();
    }

    /** The asked-for parts of the document, and the automatically delivered ones it has. */
    static ObjectNode select(ObjectNode document, List<String> fields) {
        ObjectNode selected = document.objectNode();
        for (String field : fields) {
            copy(document, selected, field.split("\\."), 0);
        }
        for (String automatic : AUTOMATIC) {
            if (document.has(automatic)) {
                selected.set(automatic, document.get(automatic).deepCopy());
            }
        }
        prune(selected);
        return selected;
    }

    /** Copies the value at the path; a polymorphic object ({@code verblijfplaats}, a datum) keeps its {@code type}. */
    private static void copy(JsonNode from, ObjectNode to, String[] path, int at) {
        JsonNode value = from.get(path[at]);
        if (value == null) {
            return;
        }
        if (at == path.length - 1) {
            to.set(path[at], value.deepCopy());
        } else if (value.isArray()) {
            ArrayNode target = to.has(path[at]) ? (ArrayNode) to.get(path[at]) : to.putArray(path[at]);
            for (int i = 0; i < value.size(); i++) {
                ObjectNode element = i < target.size() ? (ObjectNode) target.get(i) : target.addObject();
                copy(value.get(i), element, path, at + 1);
            }
        } else if (value.isObject()) {
            ObjectNode target = to.has(path[at]) ? (ObjectNode) to.get(path[at]) : to.putObject(path[at]);
            if (value.has("type")) {
                target.set("type", value.get("type"));
            }
            copy(value, target, path, at + 1);
        }
    }

    /** Removes what stayed empty: an object or array in which nothing asked-for was found. */
    private static boolean prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.removeIf(child -> prune(child));
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (prune(array.get(i))) {
                    array.remove(i);
                }
            }
            return array.isEmpty();
        }
        return false;
    }
}
