// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.util.List;

/**
 * Why the index asks the register about one person, and so exactly which {@code fields} of the BRP API
 * Personen v2 it asks for: data minimisation at the register (issue 13, defect 7). A purpose gets nothing it
 * does not use; {@code geheimhoudingPersoonsgegevens} comes unasked with every answer.
 */
public enum Purpose {

    /**
     * The check after a registration and the periodic re-check: parents (R-MATCH-FAMILY), address and
     * municipality (R-MATCH-ADDRESS, R-MOVE), death (R-DEATH) and the birth date the index keeps (R-AGE-23).
     */
    CHECK(List.of(
            "burgerservicenummer",
            "geboorte.datum",
            "ouders.burgerservicenummer",
            "verblijfplaats.adresseerbaarObjectIdentificatie",
            "gemeenteVanInschrijving",
            "overlijden.datum")),

    /** R-DATA: name, birth date and the address lines shown to a professional with an active signal. */
    DISPLAY(List.of(
            "burgerservicenummer",
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "geboorte.datum",
            "adressering.adresregel1",
            "adressering.adresregel2",
            "adressering.adresregel3")),

    /** R-YOUTH: the birth date given at a registration by BSN, compared before the signal exists. */
    BIRTH_DATE(List.of("burgerservicenummer", "geboorte.datum")),

    /** Issue 16 item 2: the name and birth date a professional confirms before registering by BSN. */
    CONFIRMATION(List.of(
            "burgerservicenummer", "naam.voornamen", "naam.voorvoegsel", "naam.geslachtsnaam", "geboorte.datum")),

    /** R-NOBSN: surname, birth date and gender, which derive the verwijsindex number a BSN must fit. */
    IDENTITY(List.of("burgerservicenummer", "naam.voorvoegsel", "naam.geslachtsnaam", "geboorte.datum", "geslacht")),

    /** R-DEATH: only whether and when the person died. */
    DEATH(List.of("burgerservicenummer", "overlijden.datum")),

    /**
     * R-NATIONAL: the parents' BSNs, each of which leaves the region only blinded, for the national index's family
     * matches across regions (docs/adr/0034). Asked when a signal is sent to the national index, never stored.
     */
    NATIONAL_INDEX(List.of("burgerservicenummer", "ouders.burgerservicenummer"));

    private final List<String> fields;

    Purpose(List<String> fields) {
        this.fields = fields;
    }

    /** The BRP API Personen v2 {@code fields} this purpose asks for. */
    public List<String> fields() {
        return fields;
    }
}
