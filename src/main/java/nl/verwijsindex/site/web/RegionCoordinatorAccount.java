// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.access.SignedInAccount;

/**
 * How a logged-in region coordinator acts on the modules' region APIs, which take a
 * {@link RegionCoordinatorPrincipal} (until issue 6 only an API credential, V11). The account's own id stands in
 * for the credential id, so the logbook names the person who acted ({@code region-coordinator:<account id>},
 * which the accounts table resolves) and never a shared credential. The region is the account's own, from the
 * session: a page can never act on another region.
 */
final class RegionCoordinatorAccount {

    private RegionCoordinatorAccount() {}

    static RegionCoordinatorPrincipal principal(SignedInAccount account) {
        return new RegionCoordinatorPrincipal(account.accountId(), region(account), account.displayName());
    }

    /** @throws IllegalStateException for an account without a region, which the site's security never lets in here */
    static String region(SignedInAccount account) {
        if (account.regionCode() == null) {
            throw new IllegalStateException("account " + account.accountId() + " has no region");
        }
        return account.regionCode();
    }
}
