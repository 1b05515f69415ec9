package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.RegionSettings;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.matching.MatchQueries.Participant;

/**
 * R-SUPERVISE: which municipality's supervisor follows a match case. The law means the youth's municipality;
 * until the person register is connected (issue 4) the index does not know where a youth lives, so for now
 * (docs/adr/0010):
 * <ol>
 *   <li>the case belongs to the region of its earliest active signal (ties: the lowest signal id);</li>
 *   <li>its municipality is that region's case municipality setting, or else the region's municipality with
 *       the lowest CBS code.</li>
 * </ol>
 * This is the one place to change: look up the youth's {@code gemeenteVanInschrijving} in the person register,
 * take the region of that municipality when this deployment serves it, and answer with basis
 * {@link CaseMunicipality.Basis#PERSON_REGISTER}; fall back to the rule above when the register cannot tell.
 */
@Component
public class CaseMunicipalities {

    private final Directory directory;
    private final RegionSettings settings;

    CaseMunicipalities(Directory directory, RegionSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /** @param active the case's active signals, at least one */
    public CaseMunicipality municipalityOf(UUID matchCaseId, List<Participant> active) {
        String region = active.stream()
                .min(Comparator.comparing(Participant::registeredAt).thenComparing(p -> p.signalId().toString()))
                .orElseThrow(() -> new IllegalArgumentException("no active signal in case " + matchCaseId))
                .regionCode();
        String municipality = settings.of(region).caseMunicipalityCode()
                .or(() -> directory.municipalitiesOf(region).stream().findFirst().map(Directory.Municipality::cbsCode))
                .orElse(null);
        return new CaseMunicipality(region, java.util.Optional.ofNullable(municipality), CaseMunicipality.Basis.REGION_DEFAULT);
    }
}
