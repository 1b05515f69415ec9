// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.CarriedOverMatches;
import nl.verwijsindex.coordination.CarriedOverMatches.Applied;
import nl.verwijsindex.coordination.CarriedOverMatches.CarriedOverMatch;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.NewOrganisation;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.ImportedSignal;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalImport;

/**
 * Writes one checked record through the owning module's API, in one transaction: all of the record or nothing.
 * A record the index already holds (same id) is left as it is, which makes a rerun and a resumed run harmless.
 */
@Component
class RecordWriter {

    enum Outcome {
        WRITTEN,
        PRESENT
    }

    private final CovenantAdministration covenants;
    private final DirectoryAdministration directory;
    private final StaffAdministration staff;
    private final SignalImport signals;
    private final IndexLookups index;
    private final CarriedOverMatches matches;

    RecordWriter(
            CovenantAdministration covenants,
            DirectoryAdministration directory,
            StaffAdministration staff,
            SignalImport signals,
            IndexLookups index,
            CarriedOverMatches matches) {
        this.matches = matches;
        this.covenants = covenants;
        this.directory = directory;
        this.staff = staff;
        this.signals = signals;
        this.index = index;
    }

    @Transactional
    public Outcome write(ExchangeRecord record, String source, Actor actor) {
        if (record instanceof ExchangeRecord.Organisation o) {
            return organisation(o);
        }
        if (record instanceof ExchangeRecord.Professional p) {
            return professional(p);
        }
        if (record instanceof ExchangeRecord.Signal s) {
            return signal(s, source, actor);
        }
        return match((ExchangeRecord.Match) record);
    }

    /**
     * Writes a batch in the caller's transaction, in file order; consecutive signal records go to the signal module
     * as one batch (one JDBC batch and one event, issue 18), the other records one by one.
     */
    @Transactional
    public List<Outcome> writeAll(List<ExchangeRecord> records, String source, Actor actor) {
        List<Outcome> outcomes = new ArrayList<>(records.size());
        List<ImportedSignal> run = new ArrayList<>();
        for (ExchangeRecord record : records) {
            if (record instanceof ExchangeRecord.Signal s) {
                run.add(imported(s, source));
                continue;
            }
            writeSignals(run, actor, outcomes);
            outcomes.add(write(record, source, actor));
        }
        writeSignals(run, actor, outcomes);
        return outcomes;
    }

    private void writeSignals(List<ImportedSignal> run, Actor actor, List<Outcome> outcomes) {
        if (run.isEmpty()) {
            return;
        }
        signals.importSignals(run, actor).forEach(written -> outcomes.add(written ? Outcome.WRITTEN : Outcome.PRESENT));
        run.clear();
    }

    /** The match itself was derived from its signals; the record brings the old system's coordination state. */
    private Outcome match(ExchangeRecord.Match m) {
        Applied applied = matches.apply(new CarriedOverMatch(
                m.signalA(),
                m.signalB(),
                m.matchedOn(),
                m.dueOn(),
                Optional.ofNullable(m.consultedOn()),
                Optional.ofNullable(m.directorSignal())));
        if (applied == Applied.NOT_MATCHED) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "import-not-matched",
                    "De index ziet tussen deze twee signalen geen match: een van beide is niet actief, of de regio"
                            + " maakt geen match tussen collega's van dezelfde organisatie.");
        }
        return applied == Applied.APPLIED ? Outcome.WRITTEN : Outcome.PRESENT;
    }

    private Outcome organisation(ExchangeRecord.Organisation o) {
        if (index.hasOrganisation(o.id())) {
            return Outcome.PRESENT;
        }
        ExchangeRecord.Covenant first = o.covenants().get(0);
        OrganisationId id = covenants.addOrganisationInCovenants(
                new NewOrganisation(
                        o.id(),
                        o.name(),
                        o.oin(),
                        o.kvkNumber(),
                        o.category(),
                        o.coordinatorName(),
                        o.coordinatorEmail(),
                        o.coordinatorPhone()),
                List.of(first.region()),
                first.joinedOn());
        for (ExchangeRecord.Covenant c : o.covenants().subList(1, o.covenants().size())) {
            covenants.joinCovenant(id, c.region(), c.joinedOn());
        }
        for (ExchangeRecord.Covenant c : o.covenants()) {
            if (c.leftOn() != null) {
                covenants.leaveCovenant(id, c.region(), c.leftOn());
            }
        }
        if (!o.bsnAuthorised()) {
            directory.authoriseBsnUse(id, false);
        }
        return Outcome.WRITTEN;
    }

    private Outcome professional(ExchangeRecord.Professional p) {
        if (index.organisationOfProfessional(p.id()).isPresent()) {
            return Outcome.PRESENT;
        }
        ProfessionalId id = staff.addProfessional(new NewProfessional(
                p.id(), new OrganisationId(p.organisation()), p.name(), p.email(), p.phone(), p.designated()));
        if (p.leftOn() != null) {
            staff.markLeft(id, p.leftOn());
        }
        return Outcome.WRITTEN;
    }

    private Outcome signal(ExchangeRecord.Signal s, String source, Actor actor) {
        return signals.importSignal(imported(s, source), actor) ? Outcome.WRITTEN : Outcome.PRESENT;
    }

    private ImportedSignal imported(ExchangeRecord.Signal s, String source) {
        return new ImportedSignal(
                new SignalId(s.id()),
                Optional.ofNullable(s.bsn()),
                s.bsn() == null ? Optional.of(index.viNumber(s)) : Optional.empty(),
                s.birthDate(),
                new ProfessionalId(s.professional()),
                s.region(),
                s.registeredAt(),
                s.activeUntil(),
                s.state(),
                s.endReason(),
                s.endedAt(),
                s.archivedUntil(),
                source);
    }
}
