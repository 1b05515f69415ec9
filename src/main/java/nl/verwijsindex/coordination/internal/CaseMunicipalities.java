package nl.verwijsindex.coordination.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.coordination.RegionSettings;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.matching.MatchQueries.Participant;
import nl.verwijsindex.person.PersonIndex;

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

    private final Directory directory;
    private final RegionSettings settings;
    private final PersonIndex persons;

    CaseMunicipalities(Directory directory, RegionSettings settings, PersonIndex persons) {
        this.directory = directory;
        this.settings = settings;
        this.persons = persons;
    }

    /** @param active the case's active signals, at least one */
    public CaseMunicipality municipalityOf(UUID matchCaseId, List<Participant> active) {
        Participant earliest = active.stream()
                .min(Comparator.comparing(Participant::registeredAt).thenComparing(p -> p.signalId().toString()))
                .orElseThrow(() -> new IllegalArgumentException("no active signal in case " + matchCaseId));
        java.util.Optional<Directory.Municipality> registered = persons.municipalityOfYouthOfSignal(earliest.signalId())
                .flatMap(directory::municipality);
        if (registered.isPresent()) {
            return new CaseMunicipality(registered.get().regionCode(), java.util.Optional.of(registered.get().cbsCode()),
                    CaseMunicipality.Basis.PERSON_REGISTER);
        }
        String region = earliest.regionCode();
        String municipality = settings.of(region).caseMunicipalityCode()
                .or(() -> directory.municipalitiesOf(region).stream().findFirst().map(Directory.Municipality::cbsCode))
                .orElse(null);
        return new CaseMunicipality(region, java.util.Optional.ofNullable(municipality), CaseMunicipality.Basis.REGION_DEFAULT);
    }
}
