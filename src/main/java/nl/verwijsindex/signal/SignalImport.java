// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalContact;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.YouthAge;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * Brings one signal over from another system (issue 18, ADR 0031): the youth stored as every youth is (blind
 * index and encrypted BSN), the signal with the dates and state it had there, a logbook entry, and for an active
 * signal {@link SignalImported} so that matching derives its matches as for a registration. The grounds were
 * weighed in the old system (R-GROUNDS). Importing the same signal again changes nothing.
 */
@Service
public class SignalImport {

    private final Directory directory;
    private final Youths youths;
    private final ImportedSignalStore store;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;
    private final Clock clock;

    SignalImport(
            Directory directory,
            Youths youths,
            ImportedSignalStore store,
            ApplicationEventPublisher events,
            Logbook logbook,
            Clock clock) {
        this.directory = directory;
        this.youths = youths;
        this.store = store;
        this.events = events;
        this.logbook = logbook;
        this.clock = clock;
    }

    /** Whether a signal with this id is in the index (imported before, or registered here). */
    @Transactional(readOnly = true)
    public boolean exists(SignalId id) {
        return store.exists(id);
    }

    /**
     * Whether the professional already has an active signal on the youth named by this blind index (under the
     * current key): what the real run refuses as {@code import-duplicate-signal}, for the dry run to report.
     */
    @Transactional(readOnly = true)
    public boolean hasActiveSignal(byte[] youthIndex, ProfessionalId professional) {
        return store.activeOf(youthIndex, professional);
    }

    /**
     * @return true when written now, false when the index already had a signal with this id (a rerun)
     * @throws DomainException when the signal may not be in the index: an unknown professional, someone aged 23
     *     or older (R-YOUTH, R-AGE-23), or a second active signal of one professional on one youth
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean importSignal(ImportedSignal signal, Actor actor) {
        if (store.exists(signal.id())) {
            return false;
        }
        Checked checked = check(signal);
        if (checked.active() && store.activeOf(checked.youth().id(), signal.professional())) {
            throw duplicate();
        }
        if (!store.insert(signal, checked.youth().id(), checked.organisation())) {
            return false;
        }
        log(checked, actor);
        if (checked.active()) {
            events.publishEvent(checked.event());
        }
        return true;
    }

    /**
     * The same for a batch, in the caller's transaction (issue 18): the signals are checked one by one in order as
     * {@link #importSignal} does, written in one JDBC batch, and announced in one {@link SignalsImported}. A
     * refused signal refuses the batch: the caller rolls back and imports it signal by signal to learn which.
     *
     * @return per signal, in order, whether it was written now (false: the index or the batch already had its id)
     * @throws DomainException as {@link #importSignal}, for the first refused signal of the batch
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Boolean> importSignals(List<ImportedSignal> signals, Actor actor) {
        Set<SignalId> seen = new HashSet<>(
                store.existing(signals.stream().map(ImportedSignal::id).toList()));
        List<Checked> toWrite = new ArrayList<>();
        List<Boolean> fresh = new ArrayList<>(signals.size());
        for (ImportedSignal signal : signals) {
            boolean isNew = seen.add(signal.id());
            fresh.add(isNew);
            if (isNew) {
                toWrite.add(check(signal));
            }
        }
        Map<YouthId, Set<ProfessionalId>> active = store.activeProfessionalsOf(
                toWrite.stream().map(c -> c.youth().id()).toList());
        for (Checked checked : toWrite) {
            if (checked.active()
                    && !active.computeIfAbsent(checked.youth().id(), y -> new HashSet<>())
                            .add(checked.signal().professional())) {
                throw duplicate();
            }
        }
        boolean[] written = store.insertAll(toWrite.stream()
                .map(c -> new ImportedSignalStore.Row(c.signal(), c.youth().id(), c.organisation()))
                .toList());
        List<SignalImported> announced = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            Checked checked = toWrite.get(i);
            if (written[i]) {
                log(checked, actor);
                if (checked.active()) {
                    announced.add(checked.event());
                }
            }
        }
        if (!announced.isEmpty()) {
            events.publishEvent(new SignalsImported(announced));
        }
        List<Boolean> outcomes = new ArrayList<>(signals.size());
        int next = 0;
        for (boolean isNew : fresh) {
            outcomes.add(isNew && written[next++]);
        }
        return outcomes;
    }

    /** A signal that may be in the index, with its youth identified and locked. */
    private record Checked(ImportedSignal signal, IdentifiedYouth youth, OrganisationId organisation) {

        boolean active() {
            return signal.status() == SignalStatus.ACTIVE;
        }

        SignalImported event() {
            return new SignalImported(
                    signal.id(), youth.id(), signal.professional(), organisation, signal.regionCode(), signal.source());
        }
    }

    private Checked check(ImportedSignal signal) {
        ProfessionalContact professional = directory
                .contact(signal.professional())
                .orElseThrow(() -> new DomainException(
                        Kind.NOT_FOUND, "professional-not-found", "Deze professional is niet bekend in de index."));
        LocalDate today = LocalDate.now(clock);
        YouthAge.requireYouth(signal.birthDate(), today);
        YouthAge.requireYouth(
                signal.birthDate(),
                signal.registeredAt().atZoneSameInstant(clock.getZone()).toLocalDate());
        IdentifiedYouth youth = signal.bsn().isPresent()
                ? youths.identifyAndLock(signal.bsn().get(), signal.birthDate())
                : youths.identifyAndLock(signal.number().get(), signal.birthDate());
        // R-AGE-23 acts on the birth date the index keeps, which may be an earlier one.
        YouthAge.requireYouth(youth.birthDate(), today);
        return new Checked(signal, youth, professional.organisationId());
    }

    private static DomainException duplicate() {
        return new DomainException(
                Kind.CONFLICT,
                "import-duplicate-signal",
                "Deze professional heeft al een actief signaal op deze jeugdige in de index.");
    }

    private void log(Checked checked, Actor actor) {
        logbook.record(new LogbookEntry(
                Action.SIGNAL_IMPORTED,
                actor,
                checked.signal().professional().value(),
                checked.organisation().value(),
                checked.youth().blindIndex().bytes(),
                checked.signal().id().value(),
                null));
    }

    /** The system each of these signals came from; a signal registered in this index is not in the map. */
    public Map<SignalId, String> sources(Collection<SignalId> signals) {
        return store.sources(signals);
    }
}
