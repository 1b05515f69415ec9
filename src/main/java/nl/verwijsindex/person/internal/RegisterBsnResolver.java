// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.verwijsindex.person.Gender;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.internal.RegisterQueryLog.Outcome;
import nl.verwijsindex.person.internal.RegisterQueryLog.Question;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.BsnResolver;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Surname;

/**
 * R-BSN-HIDDEN: the register finds the BSN; exactly one person must fit. Asked only after the registration's
 * own checks passed (issue 12 §2), within the asker's rate limits, and logged whatever the answer. Nobody and
 * several persons give one and the same answer, so the index tells nothing about who is in the register.
 */
@Component
class RegisterBsnResolver implements BsnResolver {

    private final PersonRegister register;
    private final RegisterQueryLimits limits;
    private final RegisterQueryLog queries;

    RegisterBsnResolver(PersonRegister register, RegisterQueryLimits limits, RegisterQueryLog queries) {
        this.register = register;
        this.limits = limits;
        this.queries = queries;
    }

    @Override
    public Bsn resolve(YouthReference.ByPersonData person, Asker asker) {
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
        limits.take(asker);
        List<Bsn> found;
        try {
            found = queries.asked(() -> {
                List<Bsn> persons = register.search(
                        new PersonQuery(surname.name(), surname.prefix(), person.birthDate(), gender, postcode));
                if (persons.isEmpty() && surname.prefix() != null) {
                    // A register may keep what looks like a prefix in the name itself (e.g. a Belgian "Van Damme").
                    persons = register.search(
                            new PersonQuery(surname.whole(), null, person.birthDate(), gender, postcode));
                }
                return persons;
            });
        } catch (PersonRegisterUnavailable e) {
            queries.record(asker, Question.SEARCH, Outcome.UNAVAILABLE, null);
            throw new DomainException(
                    Kind.UNAVAILABLE,
                    "person-register-unavailable",
                    "De BRP is nu niet bereikbaar. Probeer het over een paar minuten opnieuw; er is niets geregistreerd.");
        }
        if (found.size() != 1) {
            queries.record(asker, Question.SEARCH, found.isEmpty() ? Outcome.NONE_FOUND : Outcome.SEVERAL_FOUND, null);
            throw new DomainException(
                    Kind.INVALID,
                    "person-not-identified",
                    "Met deze achternaam, geboortedatum en dit geslacht"
                            + (postcode == null ? "" : " en deze postcode")
                            + " is in de BRP niet precies één persoon te vinden. Controleer de gegevens"
                            + (postcode == null ? " of vul ook de postcode in" : "")
                            + "; er is niets geregistreerd.");
        }
        queries.record(asker, Question.SEARCH, Outcome.ONE_FOUND, found.get(0));
        return found.get(0);
    }
}
