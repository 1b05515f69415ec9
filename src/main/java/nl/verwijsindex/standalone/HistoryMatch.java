// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.standalone.HistoryPlan.HistoryProfessional;
import nl.verwijsindex.standalone.HistoryPlan.PlannedMatch;

/**
 * One match of the demo history as it is played: its moments on the region's Dutch calendar (R-DEADLINE: the
 * deadline is the region's working days after the match day, the escalation comes once the deadline day is
 * over), and what the modules made of it so far (the signals, the case, who directs).
 */
final class HistoryMatch {

    final PlannedMatch plan;
    final LocalDate matched;
    final LocalDate dueOn;
    /** Null when the director does not consult before today. */
    final LocalDate consultedOn;

    final boolean escalates;
    UUID signalA;
    UUID signalB;
    UUID caseId;
    boolean aDirects;

    HistoryMatch(PlannedMatch plan, RegionSettings region, LocalDate today) {
        DutchCalendar calendar = new DutchCalendar(region.liberationDay());
        this.plan = plan;
        this.matched = calendar.isWorkingDay(plan.matchedOn())
                ? plan.matchedOn()
                : calendar.previousWorkingDay(plan.matchedOn());
        this.dueOn = calendar.workingDaysAfter(matched, region.deadlineWorkingDays());
        LocalDate consulted = plan.consultAfter() == 0 ? null : calendar.workingDaysAfter(matched, plan.consultAfter());
        this.consultedOn = consulted != null && consulted.isBefore(today) ? consulted : null;
        this.escalates = consultedOn == null ? dueOn.isBefore(today) : consultedOn.isAfter(dueOn);
    }

    HistoryProfessional director() {
        return aDirects ? plan.a() : plan.b();
    }

    HistoryProfessional other() {
        return aDirects ? plan.b() : plan.a();
    }

    UUID otherSignal() {
        return aDirects ? signalB : signalA;
    }

    /** What happens to this match, and when, in the order of the day; {@link DemoHistory} plays all matches' in time order. */
    List<Step> steps(HistorySteps does, RegionSettings region, OffsetDateTime now, ZoneId zone) {
        DutchCalendar calendar = new DutchCalendar(region.liberationDay());
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        List<Step> steps = new ArrayList<>();
        OffsetDateTime matchedAt = at(matched, plan.hour(), plan.minute(), zone);
        OffsetDateTime firstAt = matchedAt.minusDays(plan.firstSignalDaysEarlier());
        OffsetDateTime earliest = today.minusDays(HistoryPlan.FIRST_SIGNAL_AT_MOST_DAYS_AGO)
                .atStartOfDay(zone)
                .toOffsetDateTime();
        steps.add(new Step(
                firstAt.isBefore(earliest) ? earliest.withHour(plan.hour()) : firstAt,
                () -> signalA = does.signal(plan.a(), plan)));
        steps.add(new Step(matchedAt, () -> {
            signalB = does.signal(plan.b(), plan);
            does.takeUp(this);
        }));
        if (escalates) {
            steps.add(new Step(
                    dueOn.plusDays(1).atStartOfDay(zone).toOffsetDateTime().plusSeconds(1),
                    () -> does.awaitEscalation(this)));
        }
        if (consultedOn != null) {
            OffsetDateTime consultedAt = at(consultedOn, 10 + (plan.minute() % 6), plan.minute(), zone);
            steps.add(new Step(consultedAt, () -> does.consult(this)));
            if (plan.confirmed()) {
                steps.add(new Step(consultedAt.plusHours(20), () -> does.confirm(this)));
            }
            LocalDate endedOn = consultedOn.plusDays(plan.endsDaysAfterConsultation());
            if (plan.ends() && endedOn.isBefore(today)) {
                steps.add(new Step(at(endedOn, 14, plan.minute(), zone), () -> does.end(this)));
            }
        }
        // R-SUPERVISE: the supervisor followed up what was escalated, but for the last three weeks.
        if (escalates && dueOn.isBefore(today.minusDays(21))) {
            steps.add(new Step(
                    at(calendar.workingDaysAfter(dueOn, 2), 11, plan.minute(), zone), () -> does.followUp(this)));
        }
        // The notices of back then were read the next day, but the last fortnight's.
        if (matched.isBefore(today.minusDays(14))) {
            steps.add(new Step(matchedAt.plus(Duration.ofDays(1)), () -> does.readNotices(this)));
        }
        return steps.stream().filter(s -> s.at().isBefore(now)).toList();
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    /** Something a module is asked to do at a moment of the past. */
    record Step(OffsetDateTime at, Runnable action) {}

    MatchCaseId matchCase() {
        return new MatchCaseId(caseId);
    }
}
