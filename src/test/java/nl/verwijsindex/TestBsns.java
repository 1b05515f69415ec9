// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** Random BSNs that pass the elfproef, for tests that need youths nobody else uses. */
public final class TestBsns {

    private TestBsns() {}

    public static String random() {
        return random(ThreadLocalRandom.current());
    }

    /** From the given generator, so a test over generated inputs can make the same BSN again. */
    public static String random(RandomGenerator random) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int check = sum % 11;
            // sum - check must be a multiple of 11, with check a single digit
            if (check <= 9 && sum != check) {
                digits[8] = check;
                StringBuilder bsn = new StringBuilder();
                for (int d : digits) {
                    bsn.append(d);
                }
                return bsn.toString();
            }
        }
    }
}
