// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.signal.Asker;
import nl.verwijsindex.signal.PersonDetails;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.signal.SignalView;
import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.Youths;

/**
 * Issue 16 item 1: the {@link YouthLabel} of the professional's own signals. Each signal is read through
 * {@link Signals#ownSignal}, so every label shown is a look at that youth in the logbook (R-LOGBOOK), and a
 * signal of someone else is never labelled (R-NOSEARCH). The register is asked only for an active signal.
 */
@Component
class YouthLabels {

    private final Signals signals;
    private final PersonDetails personDetails;
    private final Youths youths;

    YouthLabels(Signals signals, PersonDetails personDetails, Youths youths) {
        this.signals = signals;
        this.personDetails = personDetails;
        this.youths = youths;
    }

    /** The labels of these own signals, by signal id; a signal that is gone or not the professional's is left out. */
    Map<UUID, YouthLabel> of(SignedInAccount account, Collection<UUID> signalIds) {
        Actor actor = Actor.user(account.accountId().toString());
        Map<UUID, YouthLabel> labels = new LinkedHashMap<>();
        for (UUID id : signalIds) {
            if (labels.containsKey(id)) {
                continue;
            }
            try {
                SignalView signal =
                        signals.ownSignal(account.organisation(), account.professional(), new SignalId(id), actor);
                labels.put(id, of(account, signal));
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return labels;
    }

    /** The label of a signal already read (and logged) by the caller. */
    YouthLabel of(SignedInAccount account, SignalView signal) {
        boolean active = signal.status() == SignalStatus.ACTIVE;
        PersonDetails.Details details = personDetails.of(
                signal,
                new Asker(Actor.user(account.accountId().toString()), account.organisation(), account.professional()));
        boolean shown = details.status() == PersonDetails.Status.SHOWN;
        var kept = youths.find(signal.youthId());
        return new YouthLabel(
                shown ? details.name() : null,
                shown && details.birthDate() != null
                        ? details.birthDate()
                        : kept.map(Youths.IdentifiedYouth::birthDate).orElse(null),
                active && signal.bsn() != null ? signal.bsn().value().substring(5) : null,
                signal.viNumber());
    }
}
