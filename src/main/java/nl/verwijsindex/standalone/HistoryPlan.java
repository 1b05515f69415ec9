// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import nl.verwijsindex.coordination.ConsultationOutcome;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.Bsn;

/**
 * What the demo history holds: who signals which synthetic youth when, and how each match goes. The same on
 * every first start (a fixed seed, fixed BSNs), so the walk-through's numbers do not wander.
 */
final class HistoryPlan {

    static final int MATCHES = 96;
    /**
     * And a few made today, their deadline still running, as the modules left them: with fewer than 5 of those,
     * the overdue count would be hidden as well (complementary suppression, R-REPORTS).
     */
    static final int MADE_TODAY = 6;
    /** The history lies between these many days ago, so every deadline in it has passed. */
    static final int NEWEST_DAYS_AGO = 14;

    static final int OLDEST_DAYS_AGO = 335;
    /** The demo's covenants began a year ago (DemoData): no signal of the history lies before. */
    static final int FIRST_SIGNAL_AT_MOST_DAYS_AGO = 360;
    /**
     * The first of a range of BSNs no person of the stand-in BRP's fixture has (those are 999904..., 999944... and
     * up): the demo adds the history's youths to the stand-in ({@link HistoryResidents}).
     */
    static final int FIRST_BSN = 999_940_000;

    /**
     * The youths' birth dates lie 4 to 18 years before this day, not before today: the stand-in BRP holds the same
     * dates on every start, and a registration's birth date must be the register's.
     */
    static final LocalDate BIRTHS_BEFORE = LocalDate.of(2026, 1, 1);

    static final String REGION = "eemland";

    /** Organisation number (DemoData) of each extra professional; the huisarts rarely signals. */
    static final List<HistoryProfessional> PROFESSIONALS = List.of(
            new HistoryProfessional(201, 1, "Wendy Bosman", "w.bosman@jeugdteam-amersfoort.example"),
            new HistoryProfessional(202, 2, "Youssef Haddou", "y.haddou@ggd-regio-utrecht.example"),
            new HistoryProfessional(203, 3, "Karin Vos", "k.vos@delinde-huisartsen.example"),
            new HistoryProfessional(204, 4, "Thijs Willems", "t.willems@eemlandcollege.example"),
            new HistoryProfessional(205, 5, "Mirjam de Boer", "m.deboer@jeugdhulp-mn.example"));

    private HistoryPlan() {}

    static List<PlannedMatch> plan(LocalDate today) {
        Random random = new Random(307);
        List<PlannedMatch> planned = new ArrayList<>();
        List<Bsn> youths = youths();
        for (int i = 0; i < MATCHES + MADE_TODAY; i++) {
            int daysAgo = i >= MATCHES
                    ? 0
                    : OLDEST_DAYS_AGO - i * (OLDEST_DAYS_AGO - NEWEST_DAYS_AGO) / MATCHES - random.nextInt(3);
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
            ConsultationOutcome outcome = random.nextDouble() < 0.2
                    ? null
                    : ConsultationOutcome.values()[random.nextInt(ConsultationOutcome.values().length)];
            planned.add(new PlannedMatch(
                    youths.get(i),
                    BIRTHS_BEFORE.minusYears(4 + random.nextInt(14)).minusDays(random.nextInt(365)),
                    a,
                    b,
                    today.minusDays(daysAgo),
                    1 + random.nextInt(40),
                    9 + random.nextInt(7),
                    random.nextInt(60),
                    municipalityCode,
                    consultAfter,
                    outcome,
                    confirmed,
                    ends,
                    10 + random.nextInt(60)));
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

    /**
     * One match of the history: who signals whom, when it is made and how it goes.
     *
     * @param consultAfter the working days after the match day its director consults, 0 for never
     */
    record PlannedMatch(
            Bsn youth,
            LocalDate born,
            HistoryProfessional a,
            HistoryProfessional b,
            LocalDate matchedOn,
            int firstSignalDaysEarlier,
            int hour,
            int minute,
            String municipalityCode,
            int consultAfter,
            ConsultationOutcome outcome,
            boolean confirmed,
            boolean ends,
            int endsDaysAfterConsultation) {}

    record HistoryProfessional(int number, int organisation, String name, String email) {

        UUID id() {
            return UUID.fromString("22222222-0000-4000-8000-%012d".formatted(number));
        }

        ProfessionalId professionalId() {
            return new ProfessionalId(id());
        }

        OrganisationId organisationId() {
            return new OrganisationId(
                    DemoCast.ORGANISATIONS.get(organisation - 1).id());
        }

        /** Jeugdhulp Midden-Nederland takes part in two covenants: it says which. */
        Optional<String> region() {
            return DemoCast.ORGANISATIONS.get(organisation - 1).regions().size() > 1
                    ? Optional.of(REGION)
                    : Optional.empty();
        }
    }
}
