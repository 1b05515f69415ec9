// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * What every change to an existing signal starts with: the professional belongs to the acting
 * organisation, the signal is theirs (R-NOSEARCH: anyone else's is "not found"), and its youth is locked
 * so the change never interleaves with a registration or match on that youth.
 */
@Component
class OwnSignals {

    private final Directory directory;
    private final Youths youths;
    private final SignalRepository signals;

    OwnSignals(Directory directory, Youths youths, SignalRepository signals) {
        this.directory = directory;
        this.youths = youths;
        this.signals = signals;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Locked lock(OrganisationId organisation, ProfessionalId professional, SignalId id) {
        directory.requireProfessionalOf(organisation, professional);
        Signal signal = signals.find(id)
                .filter(s -> s.professionalId().equals(professional))
                .orElseThrow(OwnSignals::notFound);
        IdentifiedYouth youth = youths.lock(signal.youthId()).orElseThrow(OwnSignals::notFound);
        // Read again under the lock: a concurrent change may have ended or moved it.
        Signal current = signals.find(id)
                .filter(s -> s.professionalId().equals(professional))
                .orElseThrow(OwnSignals::notFound);
        return new Locked(current, youth);
    }

    /** The professional's own signal, without a lock; someone else's is "not found". */
    Signal find(OrganisationId organisation, ProfessionalId professional, SignalId id) {
        directory.requireProfessionalOf(organisation, professional);
        return signals.find(id)
                .filter(s -> s.professionalId().equals(professional))
                .orElseThrow(OwnSignals::notFound);
    }

    static DomainException notFound() {
        return new DomainException(Kind.NOT_FOUND, "signal-not-found", "Dit signaal bestaat niet of is niet van u.");
    }

    record Locked(Signal signal, IdentifiedYouth youth) {}
}
