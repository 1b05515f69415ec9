// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.exchange.ExchangeRun;
import nl.verwijsindex.exchange.Exchanges;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * "Uitwisseling" of the administrator (issue 18, ADR 0031): import an exchange file (or only check it), follow its
 * progress, read and download the report, and export the whole index. The file holds BSNs: it is kept only as a
 * temporary file while the import runs, and the export goes straight to the browser.
 */
@Controller
class AdminExchangePages {

    private static final Logger log = LoggerFactory.getLogger(AdminExchangePages.class);
    private static final int PROBLEMS_SHOWN = 500;

    private final Exchanges exchanges;
    private final Clock clock;

    AdminExchangePages(Exchanges exchanges, Clock clock) {
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @GetMapping("/beheer/uitwisseling")
    String overview(Model model) {
        model.addAttribute("runs", exchanges.recent());
        return "administrator/exchange";
    }

    @PostMapping("/beheer/uitwisseling/import")
    String startImport(
            @AuthenticationPrincipal SignedInAccount administrator,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(name = "alleenControleren", required = false) String dryRun,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("notice", "Kies een bestand in het uitwisselformaat.");
            return "redirect:/beheer/uitwisseling";
        }
        Path temporary = Files.createTempFile("verwijsindex-import-", ".jsonl");
        file.transferTo(temporary);
        String name = file.getOriginalFilename() == null
                ? "bestand"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        UUID run = exchanges.startImport(
                temporary,
                name,
                "ja".equals(dryRun),
                Actor.user(administrator.accountId().toString()),
                "account " + administrator.accountId());
        log.info("Exchange run {} started by account {}", run, administrator.accountId());
        return "redirect:/beheer/uitwisseling/" + run;
    }

    @GetMapping("/beheer/uitwisseling/{run}")
    String run(@PathVariable UUID run, Model model) {
        ExchangeRun found = exchanges.run(run).orElseThrow(AdminExchangePages::notFound);
        model.addAttribute("run", found);
        model.addAttribute("problems", exchanges.problems(run, PROBLEMS_SHOWN));
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "administrator/exchange-run";
    }

    @GetMapping("/beheer/uitwisseling/{run}/rapport")
    ResponseEntity<String> report(@PathVariable UUID run) throws IOException {
        exchanges.run(run).orElseThrow(AdminExchangePages::notFound);
        StringWriter out = new StringWriter();
        exchanges.writeReport(run, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("rapport-" + run + ".csv"))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    /** A POST, so that no link, history or cache can fetch a file full of BSNs again. */
    @PostMapping("/beheer/uitwisseling/export")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal SignedInAccount administrator) {
        String name = "verwijsindex-" + LocalDate.now(clock) + ".jsonl";
        StreamingResponseBody body = stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            exchanges.export(
                    writer,
                    name,
                    Actor.user(administrator.accountId().toString()),
                    "account " + administrator.accountId());
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("application", "jsonl", StandardCharsets.UTF_8))
                .body(body);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "exchange-run-not-found", "Deze import of export bestaat niet.");
    }
}
