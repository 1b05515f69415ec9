package nl.verwijsindex.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.coordination.ConsultationOutcome;
import nl.verwijsindex.coordination.Consultations;
import nl.verwijsindex.coordination.DutchCalendar;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * R-REPORTS and R-SUPERVISE in the demo: eleven months of matches in Regio Eemland, so the follow-up figures of
 * the regievoerder and the region coordinator show real counts and the work list holds several cases. Five
 * extra professionals (nobody logs in as them, so the walk-through's professionals keep short pages) signal
 * synthetic youths (no names; BSNs that pass the elfproef and are not in the stand-in BRP). Every signal, match,
 * director appointment and consultation goes through the modules' own operations, today; then the demo
 * pretends it all happened earlier and dates it back, as {@link DemoOverdueMatch} does, keeping what the
 * coordination module relies on: the deadline is the region's working days after the match day on the Dutch
 * calendar, the consultation's working days are counted the same way, a match not consulted by its deadline was
 * escalated when the deadline day was over (and mostly followed up by the supervisor), and the deadline tasks of
 * these old matches are gone. Most are consulted in time, some late, some never; some cases ended. A few matches
 * are made today and left as they are, their deadline running. Mostly Amersfoort, some Baarn and Soest (the
 * case's municipality is set as if the person register had told it). Only the demo does this, once per
 * database: the first extra professional says whether it did.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    static final int MATCHES = 96;
    /**
     * And a few made today, their deadline still running, as the modules left them: with fewer than 5 of those,
     * the overdue count would be hidden as well (complementary suppression, R-REPORTS).
     */
    static final int MADE_TODAY = 6;
    /** The history lies between these many days ago, so every deadline in it has passed. */
    static final int NEWEST_DAYS_AGO = 14;
    static final int OLDEST_DAYS_AGO = 335;
    /** The first of a range of BSNs no stand-in BRP person has (those are 999904..., 999944... and up). */
    static final int FIRST_BSN = 999_940_000;
    private static final String REGION = "eemland";

    /** Organisation number (DemoData) of each extra professional; the huisarts rarely signals. */
    static final List<HistoryProfessional> PROFESSIONALS = List.of(
            new HistoryProfessional(201, 1, "Wendy Bosman", "w.bosman@jeugdteam-amersfoort.example"),
            new HistoryProfessional(202, 2, "Youssef Haddou", "y.haddou@ggd-regio-utrecht.example"),
            new HistoryProfessional(203, 3, "Karin Vos", "k.vos@delinde-huisartsen.example"),
            new HistoryProfessional(204, 4, "Thijs Willems", "t.willems@eemlandcollege.example"),
            new HistoryProfessional(205, 5, "Mirjam de Boer", "m.deboer@jeugdhulp-mn.example"));

    private final Directory directory;
    private final StaffAdministration administration;
    private final SignalRegistration registration;
    private final SignalEnding ending;
    private final Consultations consultations;
    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoHistory(Directory directory, StaffAdministration administration, SignalRegistration registration,
                SignalEnding ending, Consultations consultations, Covenants covenants, RegionSettingsKeeper settings,
                JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.covenants = covenants;
        this.directory = directory;
        this.administration = administration;
        this.registration = registration;
        this.ending = ending;
        this.consultations = consultations;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** After the application runners, so after {@link DemoData} has loaded the regions and organisations. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void load() {
        if (!covenants.hasRegion(REGION)) {
            return; // no demo directory
        }
        if (directory.contact(PROFESSIONALS.get(0).professionalId()).isPresent()) {
            if (historyMatches() < MATCHES + MADE_TODAY) {
                log.warn("Demo history: incomplete, the first start stopped while loading it; delete the data directory"
                        + " to start again with the whole history");
            }
            return; // loaded before
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> PROFESSIONALS.forEach(p -> administration.addProfessional(
                new NewProfessional(p.id(), p.organisationId(), p.name(), p.email(), "06 0000 0%03d".formatted(p.number()), true))));
        List<Planned> planned = plan();
        planned.forEach(m -> demo(() -> transactions.executeWithoutResult(status -> m.register())));
        awaitCoordination(planned, Duration.ofSeconds(60));
        awaitEvents(Duration.ofSeconds(20));
        RegionSettings region = settings.of(REGION);
        int dated = 0;
        for (Planned m : planned.subList(0, MATCHES)) {
            Optional<Taken> taken = m.signalB == null ? Optional.empty() : taken(m);
            if (taken.isPresent() && demo(() -> transactions.executeWithoutResult(status -> m.play(taken.get(), region)))) {
                dated++;
            }
        }
        awaitEvents(Duration.ofSeconds(20));
        log.info("Demo history: {} matches in Regio Eemland over the past {} days and {} today, in {} ms", dated, OLDEST_DAYS_AGO, MADE_TODAY,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** The same history on every first start: a fixed seed, fixed BSNs. */
    private List<Planned> plan() {
        Random random = new Random(307);
        LocalDate today = LocalDate.now(clock);
        List<Planned> planned = new ArrayList<>();
        List<Bsn> youths = youths();
        for (int i = 0; i < MATCHES + MADE_TODAY; i++) {
            int daysAgo = i >= MATCHES ? 0 : OLDEST_DAYS_AGO - i * (OLDEST_DAYS_AGO - NEWEST_DAYS_AGO) / MATCHES - random.nextInt(3);
            HistoryProfessional a = PROFESSIONALS.get(pick(random));
            HistoryProfessional b;
            do {
                b = PROFESSIONALS.get(pick(random));
            } while (b == a);
            double municipality = random.nextDouble();
            String municipalityCode = municipality < 0.74 ? "GM0307" : municipality < 0.87 ? "GM0308" : "GM0342";
            double course = random.nextDouble();
            // Consulted in time (1-5 working days), late (6-14), or never.
            int consultAfter = course < 0.72 ? 1 + random.nextInt(5) : course < 0.86 ? 6 + random.nextInt(9) : 0;
            boolean confirmed = random.nextDouble() < 0.6;
            boolean ends = consultAfter > 0 && random.nextDouble() < 0.15;
            ConsultationOutcome outcome = random.nextDouble() < 0.2 ? null
                    : ConsultationOutcome.values()[random.nextInt(ConsultationOutcome.values().length)];
            planned.add(new Planned(youths.get(i), today.minusYears(4 + random.nextInt(14)).minusDays(random.nextInt(365)),
                    a, b, today.minusDays(daysAgo), 1 + random.nextInt(40), 9 + random.nextInt(7), random.nextInt(60),
                    municipalityCode, consultAfter, outcome, confirmed, ends, 10 + random.nextInt(60)));
        }
        return planned;
    }

    /** The history's youths, one per match: the BSNs after {@link #FIRST_BSN} that pass the elfproef. */
    static List<Bsn> youths() {
        List<Bsn> youths = new ArrayList<>();
        for (int bsn = FIRST_BSN + 1; youths.size() < MATCHES + MADE_TODAY; bsn++) {
            if (Bsn.isValid(Integer.toString(bsn))) {
                youths.add(new Bsn(Integer.toString(bsn)));
            }
        }
        return youths;
    }

    /** Youth team, JGZ and school signal most; the huisarts now and then. */
    private static int pick(Random random) {
        int[] weights = {30, 25, 3, 22, 20};
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    /** What the coordination module made of the match: the case, the pair and which signal directs. */
    private Optional<Taken> taken(Planned m) {
        return jdbc.sql("""
                        select mp.id, mp.match_case_id, cc.director_signal_id from match_pair mp
                        join coordination_match cm on cm.pair_id = mp.id
                        join coordination_case cc on cc.match_case_id = mp.match_case_id
                        where least(mp.signal_a, mp.signal_b) = least(:a, :b) and greatest(mp.signal_a, mp.signal_b) = greatest(:a, :b)""")
                .param("a", m.signalA).param("b", m.signalB)
                .query((rs, n) -> new Taken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .optional();
    }

    private int historyMatches() {
        return jdbc.sql("""
                        select count(*) from coordination_match cm join match_pair mp on mp.id = cm.pair_id
                        join signal s on s.id = mp.signal_a where s.professional_id in (:professionals)""")
                .param("professionals", PROFESSIONALS.stream().map(HistoryProfessional::id).toList())
                .query(Integer.class).single();
    }

    /** A demo that cannot load a piece of its history says so and starts all the same. */
    private static boolean demo(Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo history: a match left out: {}", e.toString());
            return false;
        }
    }

    /** Waits until the coordination module has taken up the history's matches, or the time is up. */
    private void awaitCoordination(List<Planned> planned, Duration atMost) {
        List<UUID> signals = planned.stream().map(m -> m.signalB).filter(java.util.Objects::nonNull).toList();
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until && !signals.isEmpty()) {
            Integer taken = jdbc.sql("""
                            select count(*) from coordination_match cm join match_pair mp on mp.id = cm.pair_id
                            where mp.signal_a in (:signals) or mp.signal_b in (:signals)""")
                    .param("signals", signals).query(Integer.class).single();
            if (taken >= signals.size()) {
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the modules have handled every event (matches taken up, notices made), or the time is up. */
    private void awaitEvents(Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            Integer open = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single();
            if (open == 0) {
                return;
            }
            pause();
        }
        log.warn("Demo history: the modules had not handled every event after {}", atMost);
    }

    private OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(clock.getZone()).toOffsetDateTime();
    }

    private record Taken(UUID pairId, UUID caseId, UUID directorSignalId) {
    }

    record HistoryProfessional(int number, int organisation, String name, String email) {

        UUID id() {
            return UUID.fromString("22222222-0000-4000-8000-%012d".formatted(number));
        }

        ProfessionalId professionalId() {
            return new ProfessionalId(id());
        }

        OrganisationId organisationId() {
            return new OrganisationId(DemoData.ORGANISATIONS.get(organisation - 1).id());
        }

        /** Jeugdhulp Midden-Nederland takes part in two covenants: it says which. */
        Optional<String> region() {
            return DemoData.ORGANISATIONS.get(organisation - 1).regions().size() > 1 ? Optional.of(REGION) : Optional.empty();
        }
    }

    /** One match of the history: who signals whom, when it was made and how it went. */
    private final class Planned {

        private final Bsn youth;
        private final LocalDate born;
        private final HistoryProfessional a;
        private final HistoryProfessional b;
        private final LocalDate matchedOn;
        private final int firstSignalDaysEarlier;
        private final int hour;
        private final int minute;
        private final String municipalityCode;
        private final int consultAfter;
        private final ConsultationOutcome outcome;
        private final boolean confirmed;
        private final boolean ends;
        private final int endsDaysAfterConsultation;
        private UUID signalA;
        private UUID signalB;

        Planned(Bsn youth, LocalDate born, HistoryProfessional a, HistoryProfessional b, LocalDate matchedOn,
                int firstSignalDaysEarlier, int hour, int minute, String municipalityCode, int consultAfter,
                ConsultationOutcome outcome, boolean confirmed, boolean ends, int endsDaysAfterConsultation) {
            this.youth = youth;
            this.born = born;
            this.a = a;
            this.b = b;
            this.matchedOn = matchedOn;
            this.firstSignalDaysEarlier = firstSignalDaysEarlier;
            this.hour = hour;
            this.minute = minute;
            this.municipalityCode = municipalityCode;
            this.consultAfter = consultAfter;
            this.outcome = outcome;
            this.confirmed = confirmed;
            this.ends = ends;
            this.endsDaysAfterConsultation = endsDaysAfterConsultation;
        }

        void register() {
            signalA = signal(a);
            signalB = signal(b);
        }

        private UUID signal(HistoryProfessional p) {
            return registration.register(new RegisterSignal(p.organisationId(), p.professionalId(), youth, born, true,
                    p.region(), Optional.empty(), Actor.SYSTEM)).signal().id().value();
        }

        /** Consults and ends through the modules, today; then dates it all back to when it happened. */
        void play(Taken taken, RegionSettings region) {
            DutchCalendar calendar = new DutchCalendar(region.liberationDay());
            LocalDate today = LocalDate.now(clock);
            LocalDate matched = calendar.isWorkingDay(matchedOn) ? matchedOn : calendar.previousWorkingDay(matchedOn);
            LocalDate dueOn = calendar.workingDaysAfter(matched, region.deadlineWorkingDays());
            LocalDate consultedOn = consultAfter == 0 ? null : calendar.workingDaysAfter(matched, consultAfter);
            if (consultedOn != null && !consultedOn.isBefore(today)) {
                consultedOn = null;
            }
            boolean aDirects = taken.directorSignalId().equals(signalA);
            HistoryProfessional director = aDirects ? a : b;
            HistoryProfessional other = aDirects ? b : a;
            UUID otherSignal = aDirects ? signalB : signalA;
            OffsetDateTime matchedAt = at(matched, hour, minute);
            OffsetDateTime consultedAt = consultedOn == null ? null : at(consultedOn, 10 + (minute % 6), minute);
            if (consultedOn != null) {
                consultations.record(director.organisationId(), director.professionalId(), taken.caseId(), outcome, Actor.SYSTEM);
                if (confirmed) {
                    consultations.confirm(other.organisationId(), other.professionalId(), taken.caseId(), Actor.SYSTEM);
                }
            }
            LocalDate endedOn = ends && consultedOn != null ? consultedOn.plusDays(endsDaysAfterConsultation) : null;
            if (endedOn != null && endedOn.isBefore(today)) {
                ending.end(other.organisationId(), other.professionalId(), new SignalId(otherSignal), EndReason.RISK_GONE, Actor.SYSTEM);
                jdbc.sql("update signal set ended_at = :at, archived_until = :until where id = :id")
                        .param("at", at(endedOn, 14, minute)).param("until", endedOn.plusYears(5)).param("id", otherSignal)
                        .update();
            }
            OffsetDateTime firstAt = matchedAt.minusDays(firstSignalDaysEarlier);
            datedSignal(signalA, firstAt);
            datedSignal(signalB, matchedAt);
            jdbc.sql("update match_pair set created_at = :at where id = :id").param("at", matchedAt).param("id", taken.pairId()).update();
            jdbc.sql("update match_case set opened_at = :at where id = :id")
                    .param("at", matchedAt).param("id", taken.caseId()).update();
            jdbc.sql("update match_participant set joined_at = :at where match_case_id = :case")
                    .param("at", matchedAt).param("case", taken.caseId()).update();
            jdbc.sql("""
                            update coordination_case set opened_at = :at, director_since = :at, municipality_code = :municipality,
                                   municipality_basis = case when :municipality = municipality_code then municipality_basis
                                                             else 'PERSON_REGISTER' end
                            where match_case_id = :case""")
                    .param("at", matchedAt).param("municipality", municipalityCode).param("case", taken.caseId()).update();
            // R-DEADLINE: not consulted by the deadline, escalated once the deadline day was over.
            boolean escalated = consultedOn == null || consultedOn.isAfter(dueOn);
            jdbc.sql("""
                            update coordination_match set matched_at = :at, matched_on = :on, due_on = :due, consulted_at = :consulted,
                                   consulted_working_days = :days, escalated_at = :escalated
                            where pair_id = :pair""")
                    .param("at", matchedAt).param("on", matched).param("due", dueOn).param("consulted", consultedAt)
                    .param("days", consultedOn == null ? null : calendar.workingDaysBetween(matched, consultedOn))
                    .param("escalated", escalated ? dueOn.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime() : null)
                    .param("pair", taken.pairId())
                    .update();
            // R-SUPERVISE: the supervisor followed up what was escalated, but for the last three weeks.
            if (escalated && dueOn.isBefore(today.minusDays(21))) {
                UUID supervisor = supervisorOf(municipalityCode);
                jdbc.sql("""
                                insert into supervisor_follow_up (id, match_case_id, supervisor_id, recorded_by, recorded_at)
                                values (:id, :case, :supervisor, :by, :at)""")
                        .param("id", UUID.nameUUIDFromBytes(("demo-follow-up-" + taken.caseId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("case", taken.caseId()).param("supervisor", supervisor)
                        .param("by", "municipal-supervisor:" + supervisor).param("at", at(calendar.workingDaysAfter(dueOn, 2), 11, minute))
                        .update();
            }
            if (consultedAt != null) {
                jdbc.sql("update consultation set recorded_at = :at where match_case_id = :case").param("at", consultedAt)
                        .param("case", taken.caseId()).update();
                jdbc.sql("""
                                update consultation_confirmation set confirmed_at = :at
                                where consultation_id in (select id from consultation where match_case_id = :case)""")
                        .param("at", consultedAt.plusHours(20)).param("case", taken.caseId()).update();
            }
            // The deadline tasks planned today for these old matches: their time has long gone.
            jdbc.sql("""
                            delete from scheduled_tasks where task_name in ('consultation-reminder', 'consultation-escalation')
                            and task_instance like :case""")
                    .param("case", taken.caseId() + "/%").update();
            // The notices of back then, sent and (but the last fortnight's) read; the new-match notice to this
            // case's own supervisor.
            OffsetDateTime readAt = matched.isBefore(today.minusDays(14)) ? matchedAt.plusDays(1) : null;
            jdbc.sql("""
                            update notice set created_at = :at, about_date = case when about_date is null then null else :on end,
                                   read_at = :read, mail_state = 'SENT', mail_sent_at = :at, mail_next_attempt_at = null,
                                   supervisor_id = case when supervisor_id is null then null else :supervisor end
                            where match_case_id = :case or match_pair_id = :pair""")
                    .param("at", matchedAt).param("on", matched).param("read", readAt)
                    .param("supervisor", supervisorOf(municipalityCode))
                    .param("case", taken.caseId()).param("pair", taken.pairId())
                    .update();
        }

        private void datedSignal(UUID signal, OffsetDateTime at) {
            jdbc.sql("update signal set registered_at = :at, active_until = :until where id = :id")
                    .param("at", at).param("until", at.atZoneSameInstant(clock.getZone()).toLocalDate().plusYears(2))
                    .param("id", signal).update();
        }

        private UUID supervisorOf(String municipality) {
            return DemoData.SUPERVISORS.stream().filter(s -> s.municipalityCode().equals(municipality)).findFirst()
                    .orElseThrow().id();
        }
    }
}
