// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import nl.verwijsindex.exchange.ExchangeProperties;
import nl.verwijsindex.exchange.ExchangeRun;
import nl.verwijsindex.exchange.Exchanges;
import nl.verwijsindex.logbook.Actor;

/**
 * The import and export commands (README, "Import and export"; issue 18): started with
 * {@code --verwijsindex.exchange.import-file=FILE} (with {@code --verwijsindex.exchange.dry-run} only checked) or
 * {@code --verwijsindex.exchange.export-file=FILE}, the application does that, shows a progress bar, writes the
 * report and exits: 0 when every line was good, 2 when some were refused (see the report), 1 when the file could
 * not be read as an exchange file at all.
 */
@Component
class ExchangeCommand implements ApplicationRunner {

    private final Exchanges exchanges;
    private final ExchangeProperties properties;
    private final ConfigurableApplicationContext context;

    ExchangeCommand(Exchanges exchanges, ExchangeProperties properties, ConfigurableApplicationContext context) {
        this.exchanges = exchanges;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.importFile() == null && properties.exportFile() == null) {
            return;
        }
        int status = properties.importFile() != null
                ? importFile(properties.importFile())
                : exportFile(properties.exportFile());
        int exit = SpringApplication.exit(context, () -> status);
        System.exit(exit);
    }

    private int importFile(Path file) throws IOException {
        PrintStream out = System.out;
        ExchangeRun run = exchanges.importFile(
                file,
                file.getFileName().toString(),
                properties.isDryRun(),
                Actor.SYSTEM,
                "command line",
                ExchangeCommand::bar);
        System.err.println();
        Path report = properties.reportFile() != null
                ? properties.reportFile()
                : file.resolveSibling(file.getFileName() + ".rapport.csv");
        try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            exchanges.writeReport(run.id(), writer);
        }
        out.printf(
                "%s %s: %d regels, %d %s, %d al aanwezig, %d problemen; rapport: %s%n",
                properties.isDryRun() ? "Proefimport" : "Import",
                run.state() == ExchangeRun.State.FINISHED ? "klaar" : "mislukt",
                run.linesDone(),
                run.written(),
                properties.isDryRun() ? "te schrijven" : "geschreven",
                run.present(),
                run.problems(),
                report);
        if (run.state() != ExchangeRun.State.FINISHED) {
            return 1;
        }
        return run.problems() == 0 ? 0 : 2;
    }

    private int exportFile(Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ExchangeRun run = exchanges.export(writer, file.getFileName().toString(), Actor.SYSTEM, "command line");
            System.out.printf("Export klaar: %d records naar %s%n", run.written(), file);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A progress bar on standard error, redrawn in place. */
    private static void bar(int done, int total) {
        int width = 40;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        System.err.printf("\r[%s%s] %d/%d regels", "#".repeat(filled), " ".repeat(width - filled), done, total);
    }
}
