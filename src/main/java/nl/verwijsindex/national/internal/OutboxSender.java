// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.verwijsindex.national.client.NationalIndex;
import org.verwijsindex.national.client.NationalIndexRefused;
import org.verwijsindex.national.client.NationalIndexUnavailable;
import org.verwijsindex.national.protocol.KeyVersions;

import nl.verwijsindex.national.NationalOutbox;
import nl.verwijsindex.national.NationalProperties;
import nl.verwijsindex.national.internal.OutboxStore.Row;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.shared.Moments;

/**
 * Sends the outbox: claims due rows in a short transaction (each the next of its signal), then sends each outside any
 * transaction and records the outcome. An outage (of the hub, the pseudonym service or the person register) ends the
 * round and the row waits with back-off; the rows behind it wait behind it, so the order per signal holds and
 * nothing is lost. A refusal parks the row and the round goes on. Logs ids only.
 */
@Service
@ConditionalOnProperty(prefix = "verwijsindex.national", name = "enabled", havingValue = "true")
class OutboxSender implements NationalOutbox {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** How long a sent row stays for operators to see. */
    private static final Duration KEEP_SENT = Duration.ofDays(7);

    private final OutboxStore outbox;
    private final ReportBuilder builder;
    private final NationalIndex hub;
    private final NationalProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(
            OutboxStore outbox,
            ReportBuilder builder,
            NationalIndex hub,
            NationalProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.outbox = outbox;
        this.builder = builder;
        this.hub = hub;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int sendDue() {
        int sent = 0;
        while (true) {
            List<Row> rows = transactions.execute(status -> outbox.claimDue(properties.batchSize()));
            Round round = send(rows);
            sent += round.sent();
            if (round.interrupted() || rows.size() < properties.batchSize()) {
                break;
            }
        }
        outbox.purgeSentBefore(Moments.now(clock).minus(KEEP_SENT));
        return sent;
    }

    private Round send(List<Row> rows) {
        int sent = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            try {
                if (sendOne(row)) {
                    sent++;
                }
            } catch (NationalIndexUnavailable | PersonRegisterUnavailable e) {
                Duration wait = backoff(row.attempts());
                outbox.retryLater(row.messageId(), wait);
                outbox.release(rows.subList(i + 1, rows.size()).stream()
                        .map(Row::messageId)
                        .toList());
                log.warn(
                        "National index: message {} of signal {} not sent ({}); tried again in {}",
                        row.messageId(),
                        row.signalId(),
                        e.getClass().getSimpleName(),
                        wait);
                return new Round(sent, true);
            } catch (NationalIndexRefused e) {
                outbox.parked(row.messageId(), e.status(), e.code());
                log.warn(
                        "National index: message {} of signal {} refused ({} {}); parked for the operator",
                        row.messageId(),
                        row.signalId(),
                        e.status(),
                        e.code());
            } catch (RuntimeException e) {
                outbox.retryLater(row.messageId(), backoff(row.attempts()));
                log.error(
                        "National index: message {} of signal {} could not be built or sent ({}); tried again later",
                        row.messageId(),
                        row.signalId(),
                        e.getClass().getName());
            }
        }
        return new Round(sent, false);
    }

    /** @return whether a message went to the hub */
    private boolean sendOne(Row row) {
        ReportBuilder.Message message = builder.build(row);
        if (message instanceof ReportBuilder.Message.Report report) {
            hub.report(report.report());
        } else if (message instanceof ReportBuilder.Message.Forget forget) {
            hub.forget(forget.signalRef(), forget.message());
        } else if (message instanceof ReportBuilder.Message.WaitingForBsn) {
            outbox.waitingForBsn(row.messageId());
            return false;
        } else {
            outbox.parked(row.messageId(), 0, "signal-gone");
            return false;
        }
        outbox.sent(row.messageId());
        return true;
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    /** A region that joins brings its signals along; every instance tries, one database does it once. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtFirstStart() {
        int reported = reportEverySignalOnce();
        if (reported > 0) {
            log.info(
                    "National index: the {} signals the region held before it joined are queued for the hub", reported);
        }
    }

    /**
     * Docs/adr/0032 step 3, at every start: a region restarted with the hub's new key version sends its signals again
     * under it. A hub that cannot be asked now is asked at the next start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void keyRotationRoundAtStart() {
        int reported = reportEverySignalUnderTheCurrentKeyVersion();
        if (reported > 0) {
            log.info(
                    "National index: {} signals are queued to be sent again under key version {}",
                    reported,
                    properties.keyVersion());
        }
    }

    @Override
    public int reportEverySignalUnderTheCurrentKeyVersion() {
        Optional<KeyVersions> versions;
        try {
            versions = hub.keyVersions();
        } catch (NationalIndexUnavailable | NationalIndexRefused e) {
            log.warn("National index: the hub's key versions cannot be asked now; asked again at the next start");
            return 0;
        }
        boolean round = versions.isPresent()
                && versions.get().currentKeyVersion() == properties.keyVersion()
                && versions.get().signalsWithoutCurrentVersion() > 0;
        if (!round) {
            return 0;
        }
        Integer reported =
                transactions.execute(status -> outbox.reportEverySignalAgain("KEY_VERSION_" + properties.keyVersion()));
        return reported == null ? 0 : reported;
    }

    @Override
    public int reportEverySignalOnce() {
        Integer reported = transactions.execute(status -> outbox.reportEverySignalOnce());
        return reported == null ? 0 : reported;
    }

    @Override
    public Status status() {
        OutboxStore.Counts c = outbox.counts();
        return new Status(c.pending(), c.retrying(), c.parked(), c.waitingForBsn(), c.oldestPending());
    }

    @Override
    public List<Parked> parked() {
        return outbox.parked(100).stream()
                .map(p -> new Parked(p.messageId(), p.signalId(), p.action(), p.status(), p.code(), p.at()))
                .toList();
    }

    private record Round(int sent, boolean interrupted) {}
}
