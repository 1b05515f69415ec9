// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.coordination.FollowUpFigures;
import nl.verwijsindex.coordination.SmallCountSuppression;
import nl.verwijsindex.coordination.SmallCountSuppression.ShownReport;

/**
 * Follow-up figures for the matches made in a period (default: the last twelve months): for the region
 * coordinator per municipality and organisation of the region, for the municipal supervisor per organisation of
 * their municipality. R-REPORTS: as the pages show them, with small counts suppressed by
 * {@link SmallCountSuppression}: every figure is {@code {"value": 12, "text": "12"}}, or without a value and with
 * the text {@code <5} (a count of 1 to 4) or {@code -} (not shown: derived from too few matches, or it would give
 * a suppressed count away).
 */
@RestController
class FollowUpFiguresController {

    private final FollowUpFigures figures;
    private final Clock clock;

    FollowUpFiguresController(FollowUpFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/region/follow-up-figures", produces = MediaType.APPLICATION_JSON_VALUE)
    ShownReport ofRegion(
            @AuthenticationPrincipal RegionCoordinatorPrincipal coordinator,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return SmallCountSuppression.of(figures.ofRegion(
                coordinator.regionCode(),
                from != null ? from : end.minusYears(1).plusDays(1),
                end));
    }

    @GetMapping(path = "/api/v1/supervisor/follow-up-figures", produces = MediaType.APPLICATION_JSON_VALUE)
    ShownReport ofMunicipality(
            @AuthenticationPrincipal MunicipalSupervisorPrincipal supervisor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return SmallCountSuppression.of(figures.ofMunicipality(
                supervisor.municipalityCode(),
                from != null ? from : end.minusYears(1).plusDays(1),
                end));
    }
}
