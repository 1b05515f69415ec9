// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.reporting.Dimension;
import nl.verwijsindex.reporting.Granularity;
import nl.verwijsindex.reporting.Publication;
import nl.verwijsindex.reporting.Publication.Published;
import nl.verwijsindex.reporting.ReportDownloads;
import nl.verwijsindex.reporting.ReportScope;
import nl.verwijsindex.shared.web.Attachments;

/**
 * R-REPORTS: a year's figures per month, quarter or year ({@code period}) and per municipality, organisation,
 * category or region ({@code by}), read from the anonymous facts and published only as {@link Publication} makes them
 * safe: as JSON, CSV and spreadsheet with the same cells. Every figure is {@code {"value": 12, "text": "12"}}, or
 * without a value and with the text {@code <5} (a count of 1 to 4) or {@code -} (hidden so that no suppressed count
 * can be worked out). The region coordinator sees the region, the municipal supervisor the municipality, the
 * administrator the whole deployment (all regions).
 */
@RestController
class ReportsController {

    private final ReportDownloads downloads;

    ReportsController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(path = "/api/v1/region/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    Published ofRegion(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension by) {
        return downloads.publish(ReportScope.region(coordinator.regionCode()), year, period, by);
    }

    @GetMapping(path = "/api/v1/region/reports.csv", produces = "text/csv")
    ResponseEntity<byte[]> ofRegionAsCsv(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension by) {
        return download(
                ReportDownloads.csv(downloads.publish(ReportScope.region(coordinator.regionCode()), year, period, by)));
    }

    @GetMapping(
            path = "/api/v1/region/reports.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> ofRegionAsSpreadsheet(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "MUNICIPALITY") Dimension by) {
        return download(ReportDownloads.xlsx(
                downloads.publish(ReportScope.region(coordinator.regionCode()), year, period, by)));
    }

    @GetMapping(path = "/api/v1/supervisor/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    Published ofMunicipality(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "ORGANISATION") Dimension by) {
        return downloads.publish(ReportScope.municipality(supervisor.municipalityCode()), year, period, by);
    }

    @GetMapping(path = "/api/v1/supervisor/reports.csv", produces = "text/csv")
    ResponseEntity<byte[]> ofMunicipalityAsCsv(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "ORGANISATION") Dimension by) {
        return download(ReportDownloads.csv(
                downloads.publish(ReportScope.municipality(supervisor.municipalityCode()), year, period, by)));
    }

    @GetMapping(
            path = "/api/v1/supervisor/reports.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> ofMunicipalityAsSpreadsheet(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "QUARTER") Granularity period,
            @RequestParam(defaultValue = "ORGANISATION") Dimension by) {
        return download(ReportDownloads.xlsx(
                downloads.publish(ReportScope.municipality(supervisor.municipalityCode()), year, period, by)));
    }

    /** The whole deployment, all regions, for the administrator (for example a national annual report). */
    @GetMapping(path = "/api/v1/admin/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    Published ofDeployment(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "YEAR") Granularity period,
            @RequestParam(defaultValue = "REGION") Dimension by) {
        return downloads.publish(ReportScope.deployment(), year, period, by);
    }

    @GetMapping(path = "/api/v1/admin/reports.csv", produces = "text/csv")
    ResponseEntity<byte[]> ofDeploymentAsCsv(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "YEAR") Granularity period,
            @RequestParam(defaultValue = "REGION") Dimension by) {
        return download(ReportDownloads.csv(downloads.publish(ReportScope.deployment(), year, period, by)));
    }

    @GetMapping(
            path = "/api/v1/admin/reports.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> ofDeploymentAsSpreadsheet(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "YEAR") Granularity period,
            @RequestParam(defaultValue = "REGION") Dimension by) {
        return download(ReportDownloads.xlsx(downloads.publish(ReportScope.deployment(), year, period, by)));
    }

    private static ResponseEntity<byte[]> download(ReportDownloads.File file) {
        return Attachments.of(file.body(), file.mediaType(), file.fileName());
    }
}
