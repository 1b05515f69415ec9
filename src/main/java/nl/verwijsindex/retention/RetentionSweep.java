// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.person.YouthDied;
import nl.verwijsindex.shared.DeadlockRetry;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalEnded;
import nl.verwijsindex.signal.SignalInforming;
import nl.verwijsindex.signal.SignalRetention;
import nl.verwijsindex.signal.SignalRetention.DeletedSignal;
import nl.verwijsindex.signal.SignalRetention.Held;

/**
 * The nightly sweep: expiry to the archive (R-ACTIVE-2Y), deletion after five years in the archive
 * (R-ARCHIVE-5Y) and at 23 (R-AGE-23), each deletion with its proof (R-PROOF), and the reminder to extend
 * a signal that ends within its region's lead time (R-ACTIVE-2Y). Batches of {@value #BATCH}
 * in short transactions, so registrations are never locked out for long and a stop loses at most one batch's work,
 * which the next run does.
 */
@Service
public class RetentionSweep {

    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final SignalRetention signals;
    private final SignalInforming informing;
    private final DeletionProofs proofs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionSweep(
            SignalRetention signals,
            SignalInforming informing,
            DeletionProofs proofs,
            TransactionTemplate transactions,
            Clock clock) {
        this.signals = signals;
        this.informing = informing;
        this.proofs = proofs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Applies every time rule as of {@code today}, until nothing is due. Each rule first skips the rows a
     * registration or register check holds at that moment, then takes them in a last pass that waits for
     * them: a rule due today is applied today, never a night later.
     */
    public Result sweep(LocalDate today) {
        int aged = deleteAll(DeletionRule.AGE_23, held -> signals.deleteOfYouthsAged23(today, BATCH, held));
        int archiveDeleted = deleteAll(DeletionRule.ARCHIVE_5Y, held -> signals.deleteArchiveDue(today, BATCH, held));
        int expired = untilNoneDue(held -> signals.expireDue(today, BATCH, held));
        int reminded = untilNoneDue(held -> signals.remindDue(today, BATCH, held));
        int informReminded = untilNoneDue(held -> informing.remindLookAgainDue(today, BATCH, held));
        Result result = new Result(expired, archiveDeleted, aged, reminded, informReminded);
        log.info("Retention sweep for {}: {}", today, result);
        return result;
    }

    /**
     * Batches, each in its own transaction, skipping held rows until none is left, then waiting for them. A batch
     * that PostgreSQL chose as a deadlock's victim (a deleted signal's notices being marked sent at that moment) is
     * rolled back whole and tried again, so the sweep goes on.
     */
    private int untilNoneDue(Function<Held, Integer> batch) {
        int total = 0;
        for (Held held : Held.values()) {
            for (Integer n;
                    (n = DeadlockRetry.retried(() -> transactions.execute(status -> batch.apply(held)))) != null
                            && n > 0; ) {
                total += n;
            }
        }
        return total;
    }

    private int deleteAll(DeletionRule rule, Function<Held, List<DeletedSignal>> batch) {
        return untilNoneDue(held -> {
            List<DeletedSignal> gone = batch.apply(held);
            proofs.record(
                    rule,
                    gone.stream().map(d -> d.signalId().value()).toList(),
                    gone.stream().map(DeletedSignal::regionCode).toList(),
                    Moments.now(clock));
            return gone.size();
        });
    }

    /** R-PROOF for a signal its professional ended as unjustified: in the same transaction as the deletion. */
    @EventListener
    void on(SignalEnded ended) {
        if (ended.deleted()) {
            proofs.record(
                    DeletionRule.END,
                    List.of(ended.signalId().value()),
                    List.of(ended.regionCode()),
                    Moments.now(clock));
        }
    }

    /** R-DEATH: as soon as the death is known, in the transaction that announces it. */
    @EventListener
    void on(YouthDied died) {
        List<DeletedSignal> gone = signals.deleteAllOfYouth(died.youthId());
        proofs.record(
                DeletionRule.DEATH,
                gone.stream().map(d -> d.signalId().value()).toList(),
                gone.stream().map(DeletedSignal::regionCode).toList(),
                Moments.now(clock));
        log.info("Deleted {} signals after a death reported by the person register", gone.size());
    }

    /** How many signals each rule handled. */
    public record Result(
            int expiredToArchive,
            int deletedAfterArchive,
            int deletedAt23,
            int remindedToExtend,
            int remindedToInform) {}
}
