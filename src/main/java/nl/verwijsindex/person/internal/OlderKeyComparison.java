// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonKeysMoved;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;

/**
 * ADR 0022: a youth's person data stored under an older key, compared with what the register says now under that
 * key, and the blind indexes it had there named under the current key too.
 */
@Component
class OlderKeyComparison {

    private final BsnProtection protection;
    private final AddressKeys addressKeys;

    OlderKeyComparison(BsnProtection protection, AddressKeys addressKeys) {
        this.protection = protection;
        this.addressKeys = addressKeys;
    }

    /**
     * An address stored under an older key is compared under that key, so a re-keyed youth who did not move is not
     * announced as moved (R-MOVE). Under a key no longer active nothing can be compared.
     */
    boolean sameAddress(PersonData.Stored previous, Optional<Person.Residence> residence) {
        if (residence.isEmpty()) {
            return false;
        }
        if (!protection.activeKeyIds().contains(previous.keyId())) {
            return true;
        }
        return Arrays.equals(
                previous.addressKey(), addressKeys.of(residence.get().addressableObjectId(), previous.keyId()));
    }

    /**
     * Re-keyed person data names each parent and the address under the older key too, so that a family's or an
     * address's match case follows to the current key instead of a second case being opened beside it.
     */
    Optional<PersonKeysMoved> keysMoved(YouthId youth, PersonData.Stored previous, Person person) {
        int older = previous.keyId();
        if (older == protection.currentKeyId() || !protection.activeKeyIds().contains(older)) {
            return Optional.empty();
        }
        List<PersonKeysMoved.Move> moves = new ArrayList<>();
        person.parents()
                .forEach(parent -> moves.add(new PersonKeysMoved.Move(
                        PersonKeysMoved.Of.PARENT,
                        protection.blindIndex(older, parent).bytes(),
                        protection.blindIndex(parent).bytes())));
        person.residence()
                .map(Person.Residence::addressableObjectId)
                .ifPresent(object -> moves.add(new PersonKeysMoved.Move(
                        PersonKeysMoved.Of.ADDRESS, addressKeys.of(object, older), addressKeys.of(object))));
        return moves.isEmpty() ? Optional.empty() : Optional.of(new PersonKeysMoved(youth, moves));
    }
}
