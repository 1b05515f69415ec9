// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import org.springframework.dao.DuplicateKeyException;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** A unique index that refuses a write becomes a conflict with a Dutch message, never a constraint violation. */
final class Duplicates {

    private Duplicates() {}

    static void refuse(Runnable write, String code, String dutchMessage) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new DomainException(Kind.CONFLICT, code, dutchMessage);
        }
    }
}
