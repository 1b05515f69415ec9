// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.logbook.LogbookSearch;
import nl.verwijsindex.logbook.LogbookSearch.Criteria;
import nl.verwijsindex.logbook.LogbookSearch.Found;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.youth.BsnProtection;

/**
 * "Logboek" of the data protection officer (R-LOGBOOK, NEN 7513, ADR 0021): search the logbook by youth,
 * professional, organisation and period, and export the result as CSV; read-only. The BSN travels only in a POST
 * body, is turned into the audit reference at once and is never shown back. Every search is itself logged.
 */
@Controller
class LogbookPages {

    private final LogbookSearch search;
    private final BsnProtection protection;
    private final Logbook logbook;
    private final LogbookLines lines;
    private final LogbookPeople people;

    LogbookPages(
            LogbookSearch search, BsnProtection protection, Logbook logbook, LogbookLines lines, LogbookPeople people) {
        this.search = search;
        this.protection = protection;
        this.logbook = logbook;
        this.lines = lines;
        this.people = people;
    }

    @GetMapping("/fg/logboek")
    String form(Model model) {
        return page(LogbookSearchForm.empty(), new FormErrors(), null, model);
    }

    @PostMapping("/fg/logboek")
    String search(
            @AuthenticationPrincipal SignedInAccount officer, @ModelAttribute LogbookSearchForm form, Model model) {
        FormErrors errors = new FormErrors();
        LogbookPeople.Professional professional = people.professional(form, errors);
        Criteria criteria = form.criteria(protection, professional.id(), errors);
        model.addAttribute("choices", professional.choices());
        if (criteria == null) {
            return page(form.shownAgain(professional), errors, null, model);
        }
        return page(form.shownAgain(professional), errors, lines.of(found(officer, criteria, "zoeken")), model);
    }

    @PostMapping("/fg/logboek/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal SignedInAccount officer, @ModelAttribute LogbookSearchForm form) {
        FormErrors errors = new FormErrors();
        Criteria criteria =
                form.criteria(protection, people.professional(form, errors).id(), errors);
        if (criteria == null) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"logboek.csv\"")
                .body(LogbookCsv.of(found(officer, criteria, "exporteren")).getBytes(StandardCharsets.UTF_8));
    }

    private List<Found> found(SignedInAccount officer, Criteria criteria, String what) {
        List<Found> found = search.search(criteria);
        logbook.record(new LogbookEntry(
                Action.LOGBOOK_SEARCHED,
                Actor.user(officer.accountId().toString()),
                criteria.professionalId() == null ? null : criteria.professionalId(),
                criteria.organisationId(),
                criteria.youthIndex(),
                null,
                what));
        return found;
    }

    private String page(LogbookSearchForm form, FormErrors errors, List<LogbookLines.Line> found, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organisations", people.organisations());
        model.addAttribute("errors", errors);
        model.addAttribute("found", found);
        model.addAttribute("max", LogbookSearch.MAX_RESULTS);
        return "dpo/logbook";
    }
}
