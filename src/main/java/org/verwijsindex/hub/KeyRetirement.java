// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 4 of a key rotation (docs/adr/0032): a key version whose keys are gone from the hub's key file is retired. At
 * every start the hub deletes the pseudonyms of such a version from each signal that also holds a pseudonym of a
 * version still in the file; a stolen copy of the old keys then matches nothing stored. A signal that holds only
 * retired versions keeps them and is counted in a warning: its region has not sent it again under a current version
 * (step 3), and until it does it matches nothing new. The operator removes the old keys only when the count per key
 * version ({@link KeyVersionCounts}) shows no signal left on the old version alone. A version can also be retired
 * without a restart ({@link KeyVersionRetirement}); it then counts as gone here too.
 */
@Component
class KeyRetirement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRetirement.class);

    private final JdbcClient jdbc;
    private final HubKeys keys;
    private final KeyVersionCounts counts;
    private final KeyVersionRetirement retirement;
    private final TransactionTemplate transactions;

    KeyRetirement(
            JdbcClient jdbc,
            HubKeys keys,
            KeyVersionCounts counts,
            KeyVersionRetirement retirement,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.counts = counts;
        this.retirement = retirement;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (retirement.retired().contains(keys.current())) {
            // Reports under the current version would all be refused: a key file restored from before a rotation.
            throw new IllegalStateException("key." + keys.current() + ", the highest key version in the hub's key file"
                    + " (verwijsindex.hub.keys-file), was retired: add a new key version (NewHubKeys) instead");
        }
        // Versions retired at runtime (docs/adr/0045) count as gone, whether or not their keys are still in the file.
        retireAllBut(retirement.inUse());
        log.info(
                "key versions: current={} retired={} signals per key version={}",
                keys.current(),
                retirement.retired(),
                counts.total());
    }

    /**
     * Deletes the pseudonyms of every version not in {@code held} from the signals that hold one of {@code held}.
     *
     * @return how many signals still hold only versions not in {@code held}
     */
    long retireAllBut(Set<Integer> held) {
        Long stranded = transactions.execute(status -> retire(held));
        return stranded == null ? 0 : stranded;
    }

    /** The table's pseudonyms of versions not in {@code held}, of the signals that hold a youth pseudonym of one. */
    private int deleteRetired(String table, Set<Integer> held) {
        return jdbc.sql("delete from " + table + """
                         t where t.key_version not in (:held)
                           and exists (select 1 from signal_youth n
                                        where n.region = t.region and n.signal_ref = t.signal_ref
                                          and n.key_version in (:held))
                        """).param("held", held).update();
    }

    private long retire(Set<Integer> held) {
        // Blocks reports for the moment of the deletes, so no signal is re-keyed halfway through.
        jdbc.sql("lock table signal_youth in share row exclusive mode").update();
        int parents = deleteRetired("signal_parent", held);
        int youths = deleteRetired("signal_youth", held);
        long stranded = jdbc.sql("""
                        select count(*) from signal s
                         where not exists (select 1 from signal_youth n
                                            where n.region = s.region and n.signal_ref = s.signal_ref
                                              and n.key_version in (:held))
                        """).param("held", held).query(Long.class).single();
        if (youths > 0 || parents > 0) {
            log.info("key versions retired: youth pseudonyms deleted={} parent pseudonyms deleted={}", youths, parents);
        }
        if (stranded > 0) {
            log.warn(
                    "key versions: {} signals hold only pseudonyms of retired key versions and match nothing new until"
                            + " their region sends them again under key version {}",
                    stranded,
                    keys.current());
        }
        return stranded;
    }
}
