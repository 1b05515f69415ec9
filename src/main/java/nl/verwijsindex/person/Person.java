// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.verwijsindex.youth.Bsn;

/**
 * What the index needs to know about one person from the register. Held in memory only: the index stores
 * parents and address as blind indexes, and shows name, birth date and address without storing them (R-DATA).
 *
 * @param birthDate  null when the register knows the date only partly or not at all
 * @param parents    BSNs of ouder 1 and ouder 2 as far as the register has them (R-MATCH-FAMILY)
 * @param children   BSNs of the person's children
 * @param residence  the residential address, empty when abroad, unknown or only a location description
 * @param secret     {@code geheimhoudingPersoonsgegevens} greater than 0: the address is never shown (R-SECRET)
 */
public record Person(
        Bsn bsn,
        PersonName name,
        LocalDate birthDate,
        Gender gender,
        List<Bsn> parents,
        List<Bsn> children,
        Optional<Residence> residence,
        boolean secret,
        Optional<LocalDate> died) {

    public Person {
        parents = List.copyOf(parents);
        children = List.copyOf(children);
    }

    /** The person's name as the register holds it. */
    public record PersonName(String givenNames, String prefix, String surname) {

        /** "Voornamen voorvoegsel geslachtsnaam", leaving out what is missing. */
        public String full() {
            StringBuilder full = new StringBuilder();
            for (String part : new String[] {givenNames, prefix, surname}) {
                if (part != null && !part.isBlank()) {
                    if (!full.isEmpty()) {
                        full.append(' ');
                    }
                    full.append(part.strip());
                }
            }
            return full.toString();
        }

        @Override
        public String toString() {
            return "PersonName[***]";
        }
    }

    /**
     * A residential address in the Netherlands ({@code verblijfplaats} of type {@code Adres}).
     *
     * @param addressableObjectId the BAG {@code adresseerbaarObjectIdentificatie} (R-MATCH-ADDRESS)
     * @param municipalityCode    the CBS code with prefix, e.g. {@code GM0344} ({@code gemeenteVanInschrijving})
     * @param lines               the address as the register formats it for a letter, e.g. street and
     *                            number, postcode and town ({@code adressering.adresregel1/2})
     */
    public record Residence(
            String addressableObjectId,
            String municipalityCode,
            String municipalityName,
            String postcode,
            List<String> lines) {

        public Residence {
            lines = List.copyOf(lines);
        }

        @Override
        public String toString() {
            return "Residence[municipality=" + municipalityCode + ", ***]";
        }
    }

    @Override
    public String toString() {
        return "Person[***]";
    }
}
