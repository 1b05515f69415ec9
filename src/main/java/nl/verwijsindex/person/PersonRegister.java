// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.verwijsindex.youth.Bsn;

/**
 * The port to the person register (BRP), in the index's own terms. An interface because the register is a
 * real boundary: the Haal Centraal BRP API Personen v2 in production and the default run, a stand-in in
 * some tests.
 *
 * <p>Every method may throw {@link PersonRegisterUnavailable} when the register cannot be reached, does not
 * answer in time, or answers something the index cannot read; the caller decides how to degrade.
 */
public interface PersonRegister {

    /** Whether a register is connected; without one the index asks nothing and learns nothing. */
    boolean connected();

    /**
     * {@code RaadpleegMetBurgerservicenummer}: the person with this BSN, or empty when the register has none,
     * with only what the purpose needs filled in (the rest empty or null).
     */
    Optional<Person> find(Bsn bsn, Purpose purpose);

    /** The most BSNs one {@code RaadpleegMetBurgerservicenummer} takes ({@code maxItems} of the API). */
    int MOST_ASKED_AT_ONCE = 20;

    /**
     * {@code RaadpleegMetBurgerservicenummer} for several persons at once (issue 18: the person checks of a busy
     * moment in one question, not one each): the persons found, by BSN; a BSN the register does not know is absent.
     * At most {@link #MOST_ASKED_AT_ONCE} BSNs. This default asks for each on its own.
     */
    default Map<Bsn, Person> findAll(Collection<Bsn> bsns, Purpose purpose) {
        Map<Bsn, Person> found = new LinkedHashMap<>();
        for (Bsn bsn : bsns) {
            find(bsn, purpose).ifPresent(person -> found.put(bsn, person));
        }
        return found;
    }

    /**
     * {@code ZoekMetGeslachtsnaamEnGeboortedatum} (deceased persons excluded), narrowed to the postcode when
     * the query has one: the BSNs of the persons found, possibly none or several.
     */
    List<Bsn> search(PersonQuery query);

    /** {@code ZoekMetAdresseerbaarObjectIdentificatie}: the BSNs of the persons now registered at the address. */
    List<Bsn> residents(String addressableObjectId);

    /** The date of death the register knows for this person, if any (R-DEATH). */
    default Optional<LocalDate> dateOfDeath(Bsn bsn) {
        return find(bsn, Purpose.DEATH).flatMap(Person::died);
    }
}
