package nl.verwijsindex.signal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Youths;

/** Turns signals into what their owner may see. */
@Component
class SignalPresenter {

    private final Youths youths;
    private final Directory directory;

    SignalPresenter(Youths youths, Directory directory) {
        this.youths = youths;
        this.directory = directory;
    }

    SignalView view(Signal s) {
        return view(s, youths.bsnOf(s.youthId()));
    }

    /** When the caller has the BSN already (it registered it), no need to decrypt it again. */
    SignalView view(Signal s, Bsn bsn) {
        return new SignalView(s.id(), bsn, s.professionalId(), s.regionCode(), s.registeredAt(),
                s.activeUntil(), s.status(), s.endedAt(), s.endReason(), s.archivedUntil());
    }

    List<ArchiveHit> archiveHits(List<Signal> archived) {
        Map<ProfessionalId, ProfessionalContact> contacts = directory.contacts(
                archived.stream().map(Signal::professionalId).toList());
        return archived.stream()
                .map(s -> new ArchiveHit(s.id(), contacts.get(s.professionalId()), s.registeredAt(), s.endedAt()))
                .toList();
    }
}
