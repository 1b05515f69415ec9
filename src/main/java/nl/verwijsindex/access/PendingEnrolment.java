// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.access;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A second-factor secret being set up, as the session keeps it until a code proves the app has it: sealed
 * with the same key as the stored secrets, so that the session store (a database table, shared by the
 * instances) never holds it in plaintext. Open it with {@link SecondFactor#show}.
 */
public record PendingEnrolment(AccountId account, byte[] sealedSecret) implements Serializable {

    public PendingEnrolment {
        sealedSecret = sealedSecret.clone();
    }

    @Override
    public byte[] sealedSecret() {
        return sealedSecret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingEnrolment that
                && account.equals(that.account)
                && Arrays.equals(sealedSecret, that.sealedSecret);
    }

    @Override
    public int hashCode() {
        return 31 * account.hashCode() + Arrays.hashCode(sealedSecret);
    }

    @Override
    public String toString() {
        return "PendingEnrolment[" + account + ", ***]";
    }
}
