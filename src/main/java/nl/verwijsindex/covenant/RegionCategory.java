// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.text.Normalizer;
import java.util.Locale;

import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-CATEGORY: a category of organisation a region admits on top of the national list (seed 001: childcare,
 * midwives, playgroups, youth work), with the domain it belongs to. Only organisations party to that region's
 * covenant may be given it.
 *
 * @param code stable once made: renaming a category keeps its code, so organisations keep it too; null for a new
 *             one, which {@link #codeFor} names
 */
public record RegionCategory(String code, String name, Domain domain) {

    public static final int MAX_NAME = 80;

    public RegionCategory {
        name = name == null ? "" : name.strip();
        if (name.length() < 2 || name.length() > MAX_NAME) {
            throw new DomainException(
                    Kind.INVALID, "invalid-region-category", "Vul de naam van de categorie in: 2 tot 80 tekens.");
        }
        if (domain == null) {
            throw new DomainException(
                    Kind.INVALID, "invalid-region-category", "Kies het domein van de categorie '" + name + "'.");
        }
        if (code != null && !code.matches("[A-Z0-9_]{2,60}")) {
            throw new DomainException(
                    Kind.INVALID,
                    "invalid-region-category",
                    "Een code van een categorie bestaat uit hoofdletters, cijfers en _ (ten hoogste 60).");
        }
    }

    /** The code of a new category: the region's code and the name, in capitals without accents. */
    static String codeFor(String regionCode, String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        String code = (regionCode.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + plain);
        return code.length() > 60 ? code.substring(0, 60) : code;
    }

    RegionCategory withCode(String newCode) {
        return new RegionCategory(newCode, name, domain);
    }
}
