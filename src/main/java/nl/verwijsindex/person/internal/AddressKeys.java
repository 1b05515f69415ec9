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

    /** Under an older key that is still active (ADR 0022), to compare with what was stored under it. */
    byte[] of(String addressableObjectId, int keyId) {
        return protection.keyedDigest(keyId, "address:" + addressableObjectId);
    }
}
