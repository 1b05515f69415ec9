// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.exchange.ExchangeProblem;
import nl.verwijsindex.exchange.ExchangeRun;
import nl.verwijsindex.exchange.ExchangeRun.Kind;
import nl.verwijsindex.exchange.ExchangeRun.State;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.Moments;

/**
 * Goes through an exchange file line by line (issue 18, ADR 0031). Every line is read and checked, also after a
 * bad one. In a real run the good records of every {@value #BATCH_LINES} lines are written in one transaction
 * (matches derived in it, as for single records; its signals in one JDBC batch with one event); when the database
 * or a module refuses one of them, that transaction is rolled back and the batch is written again record by
 * record, so the refused line is reported and the others are written. A killed run leaves whole batches only and
 * a rerun skips what is there. A dry run writes nothing but the run and its report.
 */
@Component
public class ImportRun {

    /** Told every so many lines how far the run is, for a progress bar. */
    public interface Progress {
        void at(int linesDone, int linesTotal);
    }

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    /** Lines per batch transaction, and how often the run's counts and report are saved. */
    static final int BATCH_LINES = 500;

    private final RecordWriter writer;
    private final IndexLookups index;
    private final RunStore runs;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;

    ImportRun(
            RecordWriter writer,
            IndexLookups index,
            RunStore runs,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.batchTransaction = new TransactionTemplate(transactions);
        this.writer = writer;
        this.index = index;
        this.runs = runs;
        this.clock = clock;
    }

    public UUID start(boolean dryRun, String fileName, String startedBy) {
        return runs.start(dryRun ? Kind.DRY_RUN : Kind.IMPORT, fileName, startedBy, Moments.now(clock));
    }

    public ExchangeRun run(UUID runId, Path file, boolean dryRun, Actor actor, Progress progress) {
        Counts counts = new Counts(countLines(file));
        State state = State.FINISHED;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LineParser parser = new LineParser(clock);
            FileCheck check = new FileCheck(index);
            List<ExchangeProblem> problems = new ArrayList<>();
            List<ExchangeRecord> batch = new ArrayList<>();
            String source = null;
            String text;
            while ((text = reader.readLine()) != null) {
                int line = ++counts.done;
                if (text.isBlank()) {
                    continue;
                }
                int before = problems.size();
                Optional<ExchangeRecord> record = parser.parse(text, line, problems);
                if (line == 1) {
                    source = record.filter(ExchangeRecord.Header.class::isInstance)
                            .map(h -> ((ExchangeRecord.Header) h).source())
                            .orElse(null);
                    if (source == null) {
                        if (problems.size() == before) {
                            problems.add(new ExchangeProblem(
                                    1, "type", "De eerste regel moet de kopregel zijn (type header)."));
                        }
                        state = State.FAILED;
                        counts.problems += problems.size();
                        break;
                    }
                } else if (record.isPresent() && check.check(record.get(), problems)) {
                    if (dryRun) {
                        count(presentInIndex(record.get()), counts);
                    } else {
                        batch.add(record.get());
                    }
                }
                counts.problems += problems.size() - before;
                if (line % BATCH_LINES == 0) {
                    writeBatch(batch, source, actor, counts, problems);
                    flush(runId, counts, problems, progress);
                }
            }
            if (counts.done == 0) {
                problems.add(new ExchangeProblem(1, ExchangeProblem.WHOLE_LINE, "Het bestand is leeg."));
                counts.problems++;
                state = State.FAILED;
            }
            writeBatch(batch, source, actor, counts, problems);
            flush(runId, counts, problems, progress);
        } catch (IOException | UncheckedIOException e) {
            // Most likely not UTF-8; what was written stays written, as after a kill, and a rerun skips it.
            runs.addProblems(
                    runId,
                    List.of(new ExchangeProblem(
                            counts.done + 1,
                            ExchangeProblem.WHOLE_LINE,
                            "Deze regel kan niet worden gelezen: is het bestand UTF-8?")));
            counts.problems++;
            runs.progress(runId, counts.total, counts.done, counts.written, counts.present, counts.problems);
            state = State.FAILED;
        } catch (RuntimeException e) {
            runs.finish(runId, State.FAILED, Moments.now(clock));
            throw e;
        }
        runs.finish(runId, state, Moments.now(clock));
        log.info(
                "Exchange run {} ({}) done: {} lines, {} written, {} present, {} problems",
                runId,
                dryRun ? "dry run" : "import",
                counts.done,
                counts.written,
                counts.present,
                counts.problems);
        return runs.find(runId).orElseThrow();
    }

    /** Writes the batch in one transaction, or, when a record of it is refused, record by record. */
    private void writeBatch(
            List<ExchangeRecord> batch, String source, Actor actor, Counts counts, List<ExchangeProblem> problems) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<RecordWriter.Outcome> outcomes =
                    batchTransaction.execute(status -> writer.writeAll(batch, source, actor));
            outcomes.forEach(outcome -> count(outcome == RecordWriter.Outcome.PRESENT, counts));
        } catch (DomainException | DataAccessException | TransactionException e) {
            log.info("Exchange batch of {} records refused as a whole; writing it record by record", batch.size());
            for (ExchangeRecord record : batch) {
                int before = problems.size();
                writeOne(record, source, actor, counts, problems);
                counts.problems += problems.size() - before;
            }
        }
        batch.clear();
    }

    private void writeOne(
            ExchangeRecord record, String source, Actor actor, Counts counts, List<ExchangeProblem> problems) {
        try {
            count(writer.write(record, source, actor) == RecordWriter.Outcome.PRESENT, counts);
        } catch (DomainException e) {
            problems.add(new ExchangeProblem(record.line(), ExchangeProblem.WHOLE_LINE, e.dutchMessage()));
        } catch (DataAccessException e) {
            // The database's message may quote a value; the log gets the kind only, the report a Dutch reason.
            log.warn(
                    "Exchange line {} refused by the database: {}",
                    record.line(),
                    e.getClass().getSimpleName());
            problems.add(
                    new ExchangeProblem(
                            record.line(),
                            ExchangeProblem.WHOLE_LINE,
                            "De index weigert dit record, bijvoorbeeld omdat een e-mailadres of OIN al bij een ander record hoort."));
        }
    }

    private static void count(boolean present, Counts counts) {
        if (present) {
            counts.present++;
        } else {
            counts.written++;
        }
    }

    private boolean presentInIndex(ExchangeRecord record) {
        if (record instanceof ExchangeRecord.Organisation o) {
            return index.hasOrganisation(o.id());
        }
        if (record instanceof ExchangeRecord.Professional p) {
            return index.organisationOfProfessional(p.id()).isPresent();
        }
        if (record instanceof ExchangeRecord.Signal s) {
            return index.hasSignal(s.id());
        }
        if (record instanceof ExchangeRecord.Match m) {
            // Present only if the index already holds both signals: the match is derived from them in the real run,
            // which is also where a pair the index does not match is refused (import-not-matched).
            return index.hasSignal(m.signalA()) && index.hasSignal(m.signalB());
        }
        return false;
    }

    private void flush(UUID runId, Counts counts, List<ExchangeProblem> problems, Progress progress) {
        runs.addProblems(runId, problems);
        problems.clear();
        runs.progress(runId, counts.total, counts.done, counts.written, counts.present, counts.problems);
        progress.at(counts.done, counts.total);
    }

    /** Counted as bytes, so a file that is not UTF-8 is still counted and then reported where it breaks. */
    private static int countLines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException("reading exchange file failed", e);
        }
    }

    private static final class Counts {
        final int total;
        int done;
        int written;
        int present;
        int problems;

        Counts(int total) {
            this.total = total;
        }
    }
}
