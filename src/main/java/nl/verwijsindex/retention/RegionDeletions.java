// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.retention;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRetention;
import nl.verwijsindex.signal.SignalRetention.DeletedSignal;
import nl.verwijsindex.signal.SignalRetention.SignalOfYouth;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.youth.Bsn;

/**
 * R-DELETE-ONLY-REGION: apart from the time rules, only the region coordinator deletes, within their own
 * region and with a recorded decision. Each deletion is logged and leaves a proof with the decision.
 */
@Service
public class RegionDeletions {

    private final SignalRetention signals;
    private final DeletionProofs proofs;
    private final Logbook logbook;
    private final Clock clock;
    private final Directory directory;

    RegionDeletions(SignalRetention signals, DeletionProofs proofs, Logbook logbook, Clock clock, Directory directory) {
        this.directory = directory;
        this.signals = signals;
        this.proofs = proofs;
        this.logbook = logbook;
        this.clock = clock;
    }

    /**
     * Issue 16 item 7: the youth's signals in the coordinator's region, with the organisation and the date, to
     * choose what a decision deletes. Each is a look at the youth (R-LOGBOOK); none is an empty list, not an error,
     * and says no more than that the region has nothing of this youth (R-NOSEARCH holds for professionals).
     */
    @Transactional
    public List<RegionSignal> signalsOfYouth(RegionCoordinatorPrincipal coordinator, Bsn bsn) {
        List<SignalOfYouth> found = signals.ofYouthInRegion(bsn, coordinator.regionCode());
        Map<OrganisationId, String> names = directory.organisationNames(
                found.stream().map(SignalOfYouth::organisationId).distinct().toList());
        Actor actor = new Actor(Actor.Type.USER, coordinator.actorId());
        for (SignalOfYouth s : found) {
            logbook.record(new LogbookEntry(
                    Action.SIGNALS_VIEWED,
                    actor,
                    null,
                    s.organisationId().value(),
                    s.youthIndex(),
                    s.signalId().value(),
                    null));
        }
        return found.stream()
                .map(s -> new RegionSignal(
                        s.signalId(),
                        names.getOrDefault(s.organisationId(), "Onbekende organisatie"),
                        s.registeredAt(),
                        s.status() == SignalStatus.ARCHIVED))
                .toList();
    }

    /** A signal of a youth as the region coordinator chooses among them. */
    public record RegionSignal(
            SignalId signalId, String organisationName, OffsetDateTime registeredAt, boolean archived) {}

    /** Deletes one signal, active or archived, of the coordinator's region. */
    @Transactional
    public void deleteSignal(RegionCoordinatorPrincipal coordinator, SignalId signal, DeletionDecision decision) {
        DeletedSignal deleted = signals.deleteInRegion(signal, coordinator.regionCode())
                .orElseThrow(() -> new DomainException(
                        Kind.NOT_FOUND, "signal-not-found", "Dit signaal bestaat niet in uw regio."));
        record(coordinator, List.of(deleted), decision);
    }

    /** Removes a youth from the region's archive: all their archived signals in the region. */
    @Transactional
    public int removeFromArchive(RegionCoordinatorPrincipal coordinator, Bsn bsn, DeletionDecision decision) {
        List<DeletedSignal> deleted = signals.deleteArchivedOfYouthInRegion(bsn, coordinator.regionCode());
        if (deleted.isEmpty()) {
            throw new DomainException(
                    Kind.NOT_FOUND, "not-in-archive", "Van deze jeugdige staat niets in het archief van uw regio.");
        }
        record(coordinator, deleted, decision);
        return deleted.size();
    }

    private void record(
            RegionCoordinatorPrincipal coordinator, List<DeletedSignal> deleted, DeletionDecision decision) {
        proofs.recordDecision(
                deleted.stream().map(d -> d.signalId().value()).toList(),
                coordinator.regionCode(),
                decision.reference(),
                decision.reason().name(),
                Moments.now(clock));
        Actor actor = new Actor(Actor.Type.USER, coordinator.actorId());
        for (DeletedSignal d : deleted) {
            logbook.record(new LogbookEntry(
                    Action.SIGNAL_DELETED,
                    actor,
                    null,
                    null,
                    d.youthIndex(),
                    d.signalId().value(),
                    decision.reason().name() + " " + decision.reference()));
        }
    }
}
