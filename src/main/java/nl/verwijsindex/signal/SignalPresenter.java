// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.Registrant;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthIdentity;
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
        return view(s, youths.identityOf(s.youthId()));
    }

    /**
     * When the caller knows the youth's identity already (it registered it), no need to decrypt it again.
     * R-BSN-HIDDEN: the BSN is left out for an organisation that may not use it.
     */
    SignalView view(Signal s, YouthIdentity identity) {
        return view(s, identity, identity.bsn().isPresent() && directory.bsnAuthorised(s.organisationId()));
    }

    /**
     * The same for a registration's signal, whose organisation is the registrant's: whether it may use the BSN was
     * read with the registrant's authorisation (issue 18).
     */
    SignalView view(Signal s, YouthIdentity identity, Registrant registrant) {
        return view(s, identity, registrant.bsnAuthorised());
    }

    private SignalView view(Signal s, YouthIdentity identity, boolean bsnAuthorised) {
        Bsn bsn = identity.bsn().filter(b -> bsnAuthorised).orElse(null);
        return new SignalView(
                s.id(),
                bsn,
                identity.viNumber().orElse(null),
                s.youthId(),
                s.professionalId(),
                s.regionCode(),
                s.registeredAt(),
                s.activeUntil(),
                s.status(),
                s.endedAt(),
                s.endReason(),
                s.archivedUntil());
    }

    List<ArchiveHit> archiveHits(List<Signal> archived) {
        Map<ProfessionalId, ProfessionalContact> contacts =
                directory.contacts(archived.stream().map(Signal::professionalId).toList());
        return archived.stream()
                .map(s -> new ArchiveHit(s.id(), contacts.get(s.professionalId()), s.registeredAt(), s.endedAt()))
                .toList();
    }
}
