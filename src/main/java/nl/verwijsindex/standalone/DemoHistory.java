// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.standalone.HistoryMatch.Step;
import nl.verwijsindex.standalone.HistoryPlan.HistoryProfessional;
import nl.verwijsindex.standalone.HistoryPlan.PlannedMatch;

/**
 * R-REPORTS and R-SUPERVISE in the demo: eleven months of matches in Regio Eemland, so the follow-up figures of
 * the regievoerder and the region coordinator show real counts and the work list holds several cases. Five
 * extra professionals (nobody logs in as them, so the walk-through's professionals keep short pages) signal
 * synthetic youths (BSNs that pass the elfproef, in the stand-in BRP with synthetic names and an address in
 * their municipality, {@link HistoryResidents}). The history is
 * played, not written: the {@link DemoClock} is moved back to each moment of it in turn, and there the modules'
 * own operations register the signals, match, take the match up, consult, confirm, end, escalate (db-scheduler's
 * deadline tasks, on their day), follow up and read notices ({@link HistorySteps}). Most are consulted in time,
 * some late, some never; some cases ended. A few matches are made today and left as they are, their deadline
 * running. Mostly Amersfoort, some Baarn and Soest. Only the demo does this, once per database: the first extra
 * professional says whether it did.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
@ConditionalOnBooleanProperty(name = "verwijsindex.demo.history.enabled", matchIfMissing = true)
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final Directory directory;
    private final StaffAdministration administration;
    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final HistorySteps steps;
    private final HistoryTimeline timeline;
    private final DemoClock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoHistory(
            Directory directory,
            StaffAdministration administration,
            Covenants covenants,
            RegionSettingsKeeper settings,
            HistorySteps steps,
            HistoryTimeline timeline,
            DemoClock clock,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.directory = directory;
        this.administration = administration;
        this.covenants = covenants;
        this.settings = settings;
        this.steps = steps;
        this.timeline = timeline;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** After the application runners, so after {@link DemoData} has loaded the regions and organisations. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void load() {
        if (!covenants.hasRegion(HistoryPlan.REGION)) {
            return; // no demo directory
        }
        if (directory.contact(HistoryPlan.PROFESSIONALS.get(0).professionalId()).isPresent()) {
            if (historyMatches() < HistoryPlan.MATCHES + HistoryPlan.MADE_TODAY) {
                log.warn("Demo history: incomplete, the first start stopped while loading it; delete the data directory"
                        + " to start again with the whole history");
            }
            return; // loaded before
        }
        long started = System.nanoTime();
        settings.change(HistoryPlan.REGION, "demo", DemoCast::eemlandsOwnSettings);
        transactions.executeWithoutResult(status ->
                HistoryPlan.PROFESSIONALS.forEach(p -> administration.addProfessional(new NewProfessional(
                        p.id(),
                        p.organisationId(),
                        p.name(),
                        p.email(),
                        "06 0000 0%03d".formatted(p.number()),
                        true))));
        RegionSettings region = settings.of(HistoryPlan.REGION);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        List<HistoryMatch> history = new ArrayList<>();
        for (PlannedMatch plan : HistoryPlan.plan(today)) {
            history.add(new HistoryMatch(plan, region, today));
        }
        List<HistoryMatch> past = history.subList(0, HistoryPlan.MATCHES);
        List<Step> timeLine = new ArrayList<>();
        past.forEach(m -> timeLine.addAll(m.steps(steps, region, now, clock.getZone())));
        timeLine.sort(Comparator.comparing(Step::at));
        int played = 0;
        try {
            for (Step step : timeLine) {
                timeline.moveTo(step.at().toInstant());
                if (demo(step.action())) {
                    played++;
                }
            }
        } finally {
            timeline.backToNow(Duration.ofSeconds(60));
        }
        for (HistoryMatch m : history.subList(HistoryPlan.MATCHES, history.size())) {
            demo(() -> {
                m.signalA = steps.signal(m.plan.a(), m.plan);
                m.signalB = steps.signal(m.plan.b(), m.plan);
                steps.takeUp(m);
            });
        }
        log.info(
                "Demo history: {} of {} steps played over the past {} days and {} matches today, in {} ms",
                played,
                timeLine.size(),
                HistoryPlan.OLDEST_DAYS_AGO,
                HistoryPlan.MADE_TODAY,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private int historyMatches() {
        return jdbc.sql("""
                        select count(*) from coordination_match cm join match_pair mp on mp.id = cm.pair_id
                        join signal s on s.id = mp.signal_a where s.professional_id in (:professionals)""")
                .param(
                        "professionals",
                        HistoryPlan.PROFESSIONALS.stream()
                                .map(HistoryProfessional::id)
                                .toList())
                .query(Integer.class)
                .single();
    }

    /** A demo that cannot play a piece of its history says so and starts all the same. */
    private static boolean demo(Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo history: a step left out: {}", e.toString());
            return false;
        }
    }
}
