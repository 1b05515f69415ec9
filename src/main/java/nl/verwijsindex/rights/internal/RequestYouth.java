// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * The youth a request is about, found by the BSN the request keeps encrypted (DESIGN decision 1: the ciphertext is
 * for the lookups and rights requests that need the BSN back). Only for the request's own desk (R-NOSEARCH).
 */
@Component
public class RequestYouth {

    private final RequestStore store;
    private final BsnProtection protection;
    private final Youths youths;

    RequestYouth(RequestStore store, BsnProtection protection, Youths youths) {
        this.store = store;
        this.protection = protection;
        this.youths = youths;
    }

    public Bsn bsnOf(UUID requestId) {
        return protection.decrypt(store.bsnEncrypted(requestId));
    }

    /** The youth in the index now; empty when the index holds nothing on them (any more). */
    public Optional<YouthId> youthOf(UUID requestId) {
        return youths.findByBsn(bsnOf(requestId));
    }

    /** The youth's blind index under every active key, for a search of the logbook (ADR 0022). */
    public List<byte[]> blindIndexesOf(UUID requestId) {
        return protection.blindIndexes(bsnOf(requestId)).stream()
                .map(BlindIndex::bytes)
                .toList();
    }

    /** The youth's blind index under the current key, for the logbook. */
    public byte[] logbookIndexOf(UUID requestId) {
        return protection.blindIndex(bsnOf(requestId)).bytes();
    }
}
