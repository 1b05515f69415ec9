// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.verwijsindex.standalone.HistoryPlan.PlannedMatch;
import nl.verwijsindex.standalone.brp.StandInBrp;
import nl.verwijsindex.standalone.brp.StandInBrp.Resident;

/**
 * R-REPORTS in the demo: the history's youths live in the stand-in BRP, each at an address of their own in the
 * municipality of Regio Eemland their match belongs to (mostly Amersfoort, some Baarn and Soest), with the birth
 * date they are registered with. The person check then tells the index where each lives, as for a real youth, so the
 * dashboards and reports count them under their municipality, not "Onbekend". Synthetic names, the same on every
 * start.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
@ConditionalOnBooleanProperty(name = "verwijsindex.demo.history.enabled", matchIfMissing = true)
class HistoryResidents implements StandInBrp.Residents {

    private static final List<String> GIVEN_NAMES = List.of(
            "Sem", "Julia", "Finn", "Mila", "Daan", "Tess", "Liam", "Nora", "Luuk", "Sara", "Milan", "Yara", "Jesse",
            "Lotte", "Bram", "Fenna", "Thijs", "Evi", "Adam", "Lina");
    private static final List<String> SURNAMES = List.of(
            "Visser",
            "Meijer",
            "Dekker",
            "Brouwer",
            "Dijkstra",
            "Kok",
            "Koster",
            "Prins",
            "Huisman",
            "Kuipers",
            "Veenstra",
            "Kramer",
            "Wolters",
            "Postma",
            "Hoekstra",
            "Schouten",
            "Jonker",
            "Willemsen",
            "Amrani",
            "Yilmaz",
            "Vink",
            "Scholten",
            "Verhoef");

    @Override
    public List<Resident> residents() {
        List<PlannedMatch> plan = HistoryPlan.plan(HistoryPlan.BIRTHS_BEFORE);
        return IntStream.range(0, plan.size())
                .mapToObj(n -> {
                    PlannedMatch m = plan.get(n);
                    return new Resident(
                            m.youth(),
                            GIVEN_NAMES.get(n % GIVEN_NAMES.size()),
                            SURNAMES.get(n % SURNAMES.size()),
                            n % 2 == 0 ? "M" : "V",
                            m.born(),
                            m.municipalityCode().substring(2));
                })
                .toList();
    }
}
