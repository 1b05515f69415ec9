// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.verwijsindex.retention.RetentionSweep;
import nl.verwijsindex.shared.DomainException;

/**
 * Runs the retention sweep now, for the administrator (after an outage of the nightly run, or to measure
 * it). Without a date it sweeps as of today; a date in the past cannot undo anything, and one in the future
 * is refused so nobody deletes ahead of the law.
 */
@RestController
class SweepController {

    private final RetentionSweep sweep;
    private final Clock clock;

    SweepController(RetentionSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/admin/retention/sweep", produces = MediaType.APPLICATION_JSON_VALUE)
    SweepResponse sweep(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = date == null ? today : date;
        if (asOf.isAfter(today)) {
            throw new DomainException(
                    DomainException.Kind.INVALID,
                    "sweep-date-in-future",
                    "De opschoning kan niet vooruitlopen op vandaag.");
        }
        long started = System.nanoTime();
        RetentionSweep.Result result = sweep.sweep(asOf);
        return new SweepResponse(
                asOf,
                result.expiredToArchive(),
                result.deletedAfterArchive(),
                result.deletedAt23(),
                result.remindedToExtend(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    record SweepResponse(
            LocalDate asOf,
            int expiredToArchive,
            int deletedAfterArchive,
            int deletedAt23,
            int remindedToExtend,
            long milliseconds) {}
}
