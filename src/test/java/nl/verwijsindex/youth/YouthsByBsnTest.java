// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;

/**
 * R-MATCH-ADDRESS: the residents the register gives for an address are looked up in the index all at once (issue 18,
 * where each took a statement); the youths known by any of the BSNs, and none for a BSN the index does not know.
 */
@IntegrationTest
class YouthsByBsnTest extends IntegrationTestBase {

    static final Bsn FIRST = new Bsn("999995844");
    static final Bsn SECOND = new Bsn("999995856");
    static final Bsn NOT_KNOWN = new Bsn("999995868");

    @Autowired
    Youths youths;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void forget() {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> List.of(FIRST, SECOND)
                        .forEach(bsn -> youths.findByBsn(bsn).ifPresent(youths::forget)));
    }

    @Test
    void R_MATCH_ADDRESS_theYouthsKnownByAnyOfTheResidentsBsnsInOneRead() {
        YouthId first = identified(FIRST);
        YouthId second = identified(SECOND);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(youths.findAllByBsn(List.of(FIRST, NOT_KNOWN, SECOND))).containsExactlyInAnyOrder(first, second);
            assertThat(youths.findAllByBsn(List.of(NOT_KNOWN))).isEmpty();
            assertThat(youths.findAllByBsn(List.of())).isEmpty();
        });
    }

    private YouthId identified(Bsn bsn) {
        return new TransactionTemplate(transactionManager)
                .execute(status ->
                        youths.identifyAndLock(bsn, LocalDate.of(2015, 3, 4)).id());
    }
}
