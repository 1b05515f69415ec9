// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.Youths;

/**
 * ADR 0022: moves everything stored under an older key to the current one while the service runs. Youths
 * known by a BSN get a new blind index and ciphertext in small transactions that skip rows others hold, and
 * the logbook's references follow in the same transaction; their parents and address are checked again at
 * the person register, which stores them under the current key. {@link #status()} tells the operator when an
 * older key holds nothing any more and can be retired.
 *
 * <p>Lives here because it spans the youth, logbook and person modules, as the retention rules do.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final Youths youths;
    private final Logbook logbook;
    private final PersonCheck persons;
    private final ObjectProvider<BsnKeyHolder> holders;
    private final BsnProtection protection;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Counter rekeyed;
    private volatile boolean checkedOnce;
    private volatile Status lastStatus;

    KeyRotation(
            Youths youths,
            Logbook logbook,
            PersonCheck persons,
            ObjectProvider<BsnKeyHolder> holders,
            BsnProtection protection,
            TransactionTemplate transactions,
            MeterRegistry meters,
            @Value("${verwijsindex.keys.rekey-batch-size:500}") int batchSize) {
        this.youths = youths;
        this.logbook = logbook;
        this.persons = persons;
        this.holders = holders;
        this.protection = protection;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.rekeyed = Counter.builder("verwijsindex.keys.rekeyed")
                .description("Youths whose blind index and ciphertext moved to the current key")
                .register(meters);
    }

    /**
     * One pass: every youth known by a BSN under an older key, batch by batch, and one batch of person checks
     * (so the person register is not flooded). @return how many youths moved to the current key
     */
    public int run() {
        boolean firstRun = !checkedOnce;
        checkedOnce = true;
        if (protection.activeKeyIds().size() == 1 && !firstRun) {
            // No rotation under way: nothing to move, and no need to count every row each minute.
            return 0;
        }
        int total = 0;
        int moved;
        do {
            moved = transactions.execute(status -> {
                List<Youths.Rekeyed> batch = youths.rekey(batchSize);
                batch.forEach(y ->
                        logbook.reindexYouth(y.previous().bytes(), y.current().bytes()));
                return batch.size();
            });
            total += moved;
            rekeyed.increment(moved);
        } while (moved == batchSize);
        for (BsnKeyHolder holder : holders.orderedStream().toList()) {
            int rows;
            do {
                rows = transactions.execute(status -> holder.rekey(batchSize));
            } while (rows == batchSize);
        }
        int late = transactions.execute(status -> logbook.reindexLateEntries());
        if (late > 0) {
            log.info("Re-keying: {} logbook entries written while their youth moved now follow it", late);
        }
        int queued = persons.queueRekeying(batchSize);
        Status status = status();
        lastStatus = status;
        if (total > 0 || queued > 0 || !status.retirable().containsAll(status.olderKeyIds())) {
            log.info(
                    "Re-keying to key id {}: {} youths moved, {} person checks queued; still under older keys: {}",
                    status.currentKeyId(),
                    total,
                    queued,
                    status.remaining());
        }
        status.unconfigured()
                .forEach(id -> log.error(
                        "Rows are stored under key id {}, which is not configured: their BSN cannot be decrypted or found."
                                + " Configure the key again.",
                        id));
        return total;
    }

    /** The status the latest run counted, without counting again (for the health endpoint); null before. */
    public Status lastStatus() {
        return lastStatus;
    }

    public Status status() {
        Map<Integer, Long> bsnYouths = new TreeMap<>();
        Map<Integer, Long> viYouths = new TreeMap<>();
        for (Youths.KeyUse use : transactions.execute(status -> youths.keyUse())) {
            ("BSN".equals(use.identifiedBy()) ? bsnYouths : viYouths).merge(use.keyId(), use.youths(), Long::sum);
        }
        return new Status(
                protection.currentKeyId(),
                Set.copyOf(protection.activeKeyIds()),
                bsnYouths,
                viYouths,
                persons.keyUse(),
                otherRows());
    }

    private Map<Integer, Long> otherRows() {
        Map<Integer, Long> rows = new TreeMap<>();
        for (BsnKeyHolder holder : holders.orderedStream().toList()) {
            transactions.execute(status -> holder.keyUse()).forEach((id, n) -> rows.merge(id, n, Long::sum));
        }
        return rows;
    }

    /**
     * What each key id holds.
     *
     * @param bsnYouths    youths known by a BSN (blind index and ciphertext), by key id
     * @param viYouths     youths known by a verwijsindex number (R-NOBSN), by key id; these cannot be re-keyed
     *                     in bulk, since the surname, birth date and gender they derive from are not stored
     * @param personData   youths whose parents' and address's blind indexes are stored, by key id
     * @param otherRows    other modules' rows that keep a BSN ({@link BsnKeyHolder}), by key id
     */
    public record Status(
            int currentKeyId,
            Set<Integer> activeKeyIds,
            Map<Integer, Long> bsnYouths,
            Map<Integer, Long> viYouths,
            Map<Integer, Long> personData,
            Map<Integer, Long> otherRows) {

        public Set<Integer> olderKeyIds() {
            Set<Integer> older = new TreeSet<>(activeKeyIds);
            older.remove(currentKeyId);
            return older;
        }

        /** The older active keys nothing is stored under any more: safe to remove from the configuration. */
        public Set<Integer> retirable() {
            Set<Integer> retirable = new TreeSet<>(olderKeyIds());
            retirable.removeAll(bsnYouths.keySet());
            retirable.removeAll(viYouths.keySet());
            retirable.removeAll(personData.keySet());
            retirable.removeAll(otherRows.keySet());
            return retirable;
        }

        /** Key ids rows are stored under that the configuration lacks. */
        public Set<Integer> unconfigured() {
            Set<Integer> used = new TreeSet<>(bsnYouths.keySet());
            used.addAll(viYouths.keySet());
            used.addAll(personData.keySet());
            used.addAll(otherRows.keySet());
            used.removeAll(activeKeyIds);
            return used;
        }

        /** What older keys still hold, for the log; counts and key ids only. */
        public String remaining() {
            StringBuilder text = new StringBuilder();
            for (int id : olderKeyIds()) {
                text.append("key id ")
                        .append(id)
                        .append(": ")
                        .append(bsnYouths.getOrDefault(id, 0L))
                        .append(" youths by BSN, ")
                        .append(viYouths.getOrDefault(id, 0L))
                        .append(" by verwijsindex number, ")
                        .append(personData.getOrDefault(id, 0L))
                        .append(" person data, ")
                        .append(otherRows.getOrDefault(id, 0L))
                        .append(" other rows with a BSN; ");
            }
            return text.isEmpty() ? "nothing" : text.toString();
        }
    }
}
