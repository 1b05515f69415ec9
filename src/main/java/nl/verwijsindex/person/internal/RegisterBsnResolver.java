// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.BsnResolver;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Surname;

/** R-BSN-HIDDEN: the register finds the BSN; exactly one person must fit, or the professional is told what to add. */
@Component
class RegisterBsnResolver implements BsnResolver {

    private final PersonRegister register;

    RegisterBsnResolver(PersonRegister register) {
        this.register = register;
    }

    @Override
    public Bsn resolve(YouthReference.ByPersonData person) {
        if (!register.connected()) {
            throw new DomainException(
                    Kind.UNAVAILABLE,
                    "person-register-not-connected",
                    "Zoeken in de BRP is niet mogelijk: er is geen koppeling met de BRP. Registreer met het BSN "
                            + "of neem contact op met de functioneel beheerder.");
        }
        String postcode = person.postcode() == null
                ? null
                : person.postcode().replace(" ", "").toUpperCase();
        if (postcode != null && !postcode.matches("[1-9][0-9]{3}[A-Z]{2}")) {
            throw new DomainException(Kind.INVALID, "invalid-postcode", "Vul de postcode in als 1234AB.");
        }
        Surname surname = Surname.parse(person.surname());
        Gender gender = Gender.ofCode(person.genderCode());
        List<Bsn> found;
        try {
            found = register.search(
                    new PersonQuery(surname.name(), surname.prefix(), person.birthDate(), gender, postcode));
            if (found.isEmpty() && surname.prefix() != null) {
                // A register may keep what looks like a prefix in the name itself (e.g. a Belgian "Van Damme").
                found = register.search(new PersonQuery(surname.whole(), null, person.birthDate(), gender, postcode));
            }
        } catch (PersonRegisterUnavailable e) {
            throw new DomainException(
                    Kind.UNAVAILABLE,
                    "person-register-unavailable",
                    "De BRP is nu niet bereikbaar. Probeer het over een paar minuten opnieuw; er is niets geregistreerd.");
        }
        if (found.isEmpty()) {
            throw new DomainException(
                    Kind.INVALID,
                    "person-not-found",
                    "Er staat niemand in de BRP met deze achternaam, geboortedatum en dit geslacht"
                            + (postcode == null ? "" : " op deze postcode")
                            + ". Controleer de gegevens.");
        }
        if (found.size() > 1) {
            throw new DomainException(
                    Kind.INVALID,
                    "person-ambiguous",
                    postcode == null
                            ? "Meer dan één persoon in de BRP heeft deze achternaam, geboortedatum en dit geslacht. Vul ook de postcode in."
                            : "Ook met deze postcode past meer dan één persoon. Neem contact op met de instellingscoördinator.");
        }
        return found.get(0);
    }
}
