// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.Publication;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.ReportDownloads;
import nl.verwijsindex.reporting.ReportScope;
import nl.verwijsindex.shared.web.Attachments;

/**
 * "Rapportage" (R-REPORTS): the year's report of the region, the municipality or (administrator) the whole
 * deployment, per month, quarter or year and per municipality, organisation, category or region, as published by
 * {@link Publication}, with the same figures as CSV and spreadsheet. One table per period: the figures down, the
 * groups across, as table 3.1 of seed 003.
 */
@Controller
class ReportPages {

    private final ReportDownloads downloads;
    private final Clock clock;

    ReportPages(ReportDownloads downloads, Clock clock) {
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping("/regio/rapportage")
    String region(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension per,
            Model model) {
        return page(ReportScope.region(account.regionCode()), jaar, periode, per, "/regio/rapportage", model);
    }

    @GetMapping("/regio/rapportage.csv")
    ResponseEntity<byte[]> regionCsv(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension per) {
        return download(
                ReportDownloads.csv(downloads.publish(ReportScope.region(account.regionCode()), jaar, periode, per)));
    }

    @GetMapping("/regio/rapportage.xlsx")
    ResponseEntity<byte[]> regionXlsx(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension per) {
        return download(
                ReportDownloads.xlsx(downloads.publish(ReportScope.region(account.regionCode()), jaar, periode, per)));
    }

    @GetMapping("/regie/rapportage")
    String municipality(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "ORGANISATION") Dimension per,
            Model model) {
        return page(
                ReportScope.municipality(account.municipalityCode()), jaar, periode, per, "/regie/rapportage", model);
    }

    @GetMapping("/regie/rapportage.csv")
    ResponseEntity<byte[]> municipalityCsv(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "ORGANISATION") Dimension per) {
        return download(ReportDownloads.csv(
                downloads.publish(ReportScope.municipality(account.municipalityCode()), jaar, periode, per)));
    }

    @GetMapping("/regie/rapportage.xlsx")
    ResponseEntity<byte[]> municipalityXlsx(
            @AuthenticationPrincipal SignedInAccount account,
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "QUARTER") Granularity periode,
            @RequestParam(defaultValue = "ORGANISATION") Dimension per) {
        return download(ReportDownloads.xlsx(
                downloads.publish(ReportScope.municipality(account.municipalityCode()), jaar, periode, per)));
    }

    /** The whole deployment (all regions), for example for a national annual report. */
    @GetMapping("/beheer/rapportage")
    String deployment(
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "YEAR") Granularity periode,
            @RequestParam(defaultValue = "REGION") Dimension per,
            Model model) {
        return page(ReportScope.deployment(), jaar, periode, per, "/beheer/rapportage", model);
    }

    @GetMapping("/beheer/rapportage.csv")
    ResponseEntity<byte[]> deploymentCsv(
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "YEAR") Granularity periode,
            @RequestParam(defaultValue = "REGION") Dimension per) {
        return download(ReportDownloads.csv(downloads.publish(ReportScope.deployment(), jaar, periode, per)));
    }

    @GetMapping("/beheer/rapportage.xlsx")
    ResponseEntity<byte[]> deploymentXlsx(
            @RequestParam(required = false) Integer jaar,
            @RequestParam(defaultValue = "YEAR") Granularity periode,
            @RequestParam(defaultValue = "REGION") Dimension per) {
        return download(ReportDownloads.xlsx(downloads.publish(ReportScope.deployment(), jaar, periode, per)));
    }

    private String page(ReportScope scope, Integer year, Granularity period, Dimension by, String action, Model model) {
        Published report = downloads.publish(scope, year, period, by);
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("report", report);
        model.addAttribute("action", action);
        model.addAttribute(
                "years",
                IntStream.rangeClosed(thisYear - 6, thisYear)
                        .boxed()
                        .sorted((a, b) -> b - a)
                        .toList());
        model.addAttribute("dimensions", dimensions(scope));
        model.addAttribute(
                "query", "?jaar=" + report.year() + "&periode=" + report.granularity() + "&per=" + report.dimension());
        return "reports/report";
    }

    private static List<Dimension> dimensions(ReportScope scope) {
        return Arrays.stream(Dimension.values())
                .filter(d -> d != Dimension.REGION || scope.kind() == ReportScope.Kind.DEPLOYMENT)
                .toList();
    }

    private static ResponseEntity<byte[]> download(ReportDownloads.File file) {
        return Attachments.of(file.body(), file.mediaType(), file.fileName());
    }
}
