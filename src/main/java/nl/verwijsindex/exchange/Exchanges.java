// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.verwijsindex.exchange.ExchangeRun.Kind;
import nl.verwijsindex.exchange.ExchangeRun.State;
import nl.verwijsindex.exchange.internal.ExportReadModel;
import nl.verwijsindex.exchange.internal.ImportRun;
import nl.verwijsindex.exchange.internal.RunStore;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.Moments;

/**
 * Import and export of the exchange format (issue 18, ADR 0031), for the command line and the administrator's
 * page. One import at a time per instance: the page's imports wait in line.
 */
@Service
public class Exchanges {

    private static final Logger log = LoggerFactory.getLogger(Exchanges.class);

    private final ImportRun imports;
    private final ExportReadModel exports;
    private final RunStore runs;
    private final Logbook logbook;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "exchange-import");
        thread.setDaemon(true);
        return thread;
    });

    Exchanges(
            ImportRun imports,
            ExportReadModel exports,
            RunStore runs,
            Logbook logbook,
            ExchangeProperties properties,
            Clock clock) {
        this.imports = imports;
        this.exports = exports;
        this.runs = runs;
        this.logbook = logbook;
        this.properties = properties;
        this.clock = clock;
    }

    /** Imports (or with {@code dryRun} only checks) the file, here and now. */
    public ExchangeRun importFile(
            Path file, String fileName, boolean dryRun, Actor actor, String startedBy, ImportRun.Progress progress) {
        UUID run = imports.start(dryRun, fileName, startedBy);
        return imports.run(run, file, dryRun, actor, progress);
    }

    /**
     * Starts the import of an uploaded file in the background and returns its run at once, for the page to
     * follow; the file is deleted when the run ends.
     */
    public UUID startImport(Path file, String fileName, boolean dryRun, Actor actor, String startedBy) {
        UUID run = imports.start(dryRun, fileName, startedBy);
        background.submit(() -> {
            try {
                imports.run(run, file, dryRun, actor, (done, total) -> {});
            } catch (RuntimeException e) {
                log.error("Exchange run {} failed: {}", run, e.getClass().getSimpleName());
            } finally {
                deleteQuietly(file);
            }
        });
        return run;
    }

    /**
     * Writes the whole index to {@code out}. Every BSN is in the file, so the export is in the logbook
     * (R-LOGBOOK), as one entry naming the run.
     */
    public ExchangeRun export(Writer out, String fileName, Actor actor, String startedBy) {
        UUID run = runs.start(Kind.EXPORT, fileName, startedBy, Moments.now(clock));
        logbook.record(LogbookEntry.security(Action.EXCHANGE_EXPORTED, actor, run.toString()));
        try {
            int records = exports.export(out, properties.sourceName(), Moments.now(clock));
            runs.progress(run, records + 1, records + 1, records, 0, 0);
            runs.finish(run, State.FINISHED, Moments.now(clock));
        } catch (RuntimeException e) {
            runs.finish(run, State.FAILED, Moments.now(clock));
            throw e;
        }
        return runs.find(run).orElseThrow();
    }

    public Optional<ExchangeRun> run(UUID id) {
        return runs.find(id);
    }

    public List<ExchangeRun> recent() {
        return runs.recent(20);
    }

    public List<ExchangeProblem> problems(UUID run, int limit) {
        return runs.problems(run, limit);
    }

    /** The report of a run: one line per problem, {@code regel;veld;reden}, in line order. */
    public void writeReport(UUID run, Writer out) throws IOException {
        out.write("regel;veld;reden\n");
        for (ExchangeProblem p : runs.problems(run, Integer.MAX_VALUE)) {
            out.write(p.line() + ";" + p.field() + ";" + p.reason().replace(';', ',') + "\n");
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
