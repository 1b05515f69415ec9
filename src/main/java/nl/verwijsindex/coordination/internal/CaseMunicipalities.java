// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.Municipality;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.person.PersonIndex.YouthOfSignal;

/**
 * R-SUPERVISE: which municipality's supervisor follows a match case: the municipality where the youth of the
 * case's earliest active signal is registered in the person register (ties: the lowest signal id), when
 * this deployment serves it; the case then belongs to that municipality's region. When the index does not
 * know it yet (the register was not asked yet, or could not tell) or does not serve it, the fallback
 * (docs/adr/0013): the region of the earliest active signal, and that region's case municipality setting
 * or else its municipality with the lowest CBS code.
 */
@Component
public class CaseMunicipalities {

    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final PersonIndex persons;

    CaseMunicipalities(Covenants covenants, RegionSettingsKeeper settings, PersonIndex persons) {
        this.covenants = covenants;
        this.settings = settings;
        this.persons = persons;
    }

    /** The case's earliest active signal (ties: the lowest signal id), whose youth's municipality the case follows. */
    public static Participant earliest(MatchCaseId matchCase, List<Participant> active) {
        return active.stream()
                .min(Comparator.comparing(Participant::registeredAt)
                        .thenComparing(p -> p.signalId().toString()))
                .orElseThrow(() -> new IllegalArgumentException("no active signal in case " + matchCase));
    }

    /** @param active the case's active signals, at least one */
    public CaseMunicipality municipalityOf(MatchCaseId matchCase, List<Participant> active) {
        Participant earliest = earliest(matchCase, active);
        Optional<YouthOfSignal> followed =
                persons.youthOfSignal(earliest.signalId().value());
        Optional<Municipality> registered =
                followed.flatMap(YouthOfSignal::municipality).flatMap(covenants::municipality);
        if (registered.isPresent()) {
            return new CaseMunicipality(
                    registered.get().regionCode(),
                    Optional.of(registered.get().cbsCode()),
                    CaseMunicipality.Basis.PERSON_REGISTER,
                    followed);
        }
        String region = earliest.regionCode();
        String municipality = settings.of(region)
                .caseMunicipalityCode()
                .or(() ->
                        covenants.municipalitiesOf(region).stream().findFirst().map(Municipality::cbsCode))
                .orElse(null);
        return new CaseMunicipality(
                region, Optional.ofNullable(municipality), CaseMunicipality.Basis.REGION_DEFAULT, followed);
    }
}
