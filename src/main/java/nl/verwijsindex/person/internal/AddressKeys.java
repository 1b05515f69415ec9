// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import org.springframework.stereotype.Component;

import nl.verwijsindex.youth.BsnProtection;

/** Blind indexes of addresses: the keyed digest of the BAG id, so the index stores no address. */
@Component
class AddressKeys {

    private final BsnProtection protection;

    AddressKeys(BsnProtection protection) {
        this.protection = protection;
    }

    byte[] of(String addressableObjectId) {
        return protection.keyedDigest("address:" + addressableObjectId);
    }
}
