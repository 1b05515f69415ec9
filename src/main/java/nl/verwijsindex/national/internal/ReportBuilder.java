// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.verwijsindex.national.client.SignalReport;
import org.verwijsindex.national.protocol.ContactCard;
import org.verwijsindex.national.protocol.ForgetMessage;
import org.verwijsindex.national.protocol.SignalState;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.national.internal.OutboxStore.Action;
import nl.verwijsindex.national.internal.OutboxStore.Row;
import nl.verwijsindex.national.internal.SignalSnapshots.Snapshot;
import nl.verwijsindex.person.NationalIndexParents;
import nl.verwijsindex.person.PersonIndex;
import nl.verwijsindex.signal.ProcessingRestrictions;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.Youths;

/**
 * Turns an outbox row into what is sent, from the signal's state now (docs/adr/0034): a row that waited through an
 * outage sends the latest state, never a stale one. The youth's BSN is decrypted by the youth module and the parents'
 * come from the person register, both in memory only, and leave the region only blinded ({@link SignalReport}).
 */
@Component
class ReportBuilder {

    private final SignalSnapshots signals;
    private final OutboxStore outbox;
    private final Youths youths;
    private final NationalIndexParents parents;
    private final PersonIndex persons;
    private final Directory directory;
    private final ProcessingRestrictions restrictions;
    private final Clock clock;

    ReportBuilder(
            SignalSnapshots signals,
            OutboxStore outbox,
            Youths youths,
            NationalIndexParents parents,
            PersonIndex persons,
            Directory directory,
            ProcessingRestrictions restrictions,
            Clock clock) {
        this.restrictions = restrictions;
        this.signals = signals;
        this.outbox = outbox;
        this.youths = youths;
        this.parents = parents;
        this.persons = persons;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @throws nl.verwijsindex.person.PersonRegisterUnavailable when the parents cannot be asked now
     */
    Message build(Row row) {
        String ref = row.signalId().toString();
        if (row.action() == Action.FORGET) {
            return new Message.Forget(ref, new ForgetMessage(row.messageId(), row.sequence(), row.ruleId()));
        }
        Optional<Snapshot> found = signals.of(row.signalId());
        if (found.isEmpty()) {
            // Deleted since: its forget row follows; the report becomes that forget.
            return outbox.forgetRuleOf(row.signalId())
                    .<Message>map(
                            rule -> new Message.Forget(ref, new ForgetMessage(row.messageId(), row.sequence(), rule)))
                    .orElse(new Message.Gone());
        }
        Snapshot signal = found.get();
        if (restrictions.isRestricted(signal.youthId())) {
            // R-REQUEST: restricted since the row was written; the hub must not match it meanwhile.
            return new Message.Forget(ref, new ForgetMessage(row.messageId(), row.sequence(), "R-REQUEST"));
        }
        Optional<Bsn> bsn = youths.bsnOf(signal.youthId());
        if (bsn.isEmpty()) {
            return new Message.WaitingForBsn();
        }
        var contact = directory.contact(signal.professionalId()).orElseThrow();
        List<String> parentBsns =
                parents.parentsOf(bsn.get()).stream().map(Bsn::value).toList();
        return new Message.Report(new SignalReport(
                ref,
                row.messageId(),
                row.sequence(),
                signal.active() ? SignalState.ACTIVE : SignalState.ARCHIVED,
                bsn.get().value(),
                parentBsns,
                persons.municipalityOf(signal.youthId())
                        .map(MunicipalityCodes::toWire)
                        .orElse(null),
                day(signal.registeredAt().toInstant()),
                signal.active() ? signal.activeUntil() : day(signal.endedAt().toInstant()),
                signal.active() ? null : signal.archivedUntil(),
                new ContactCard(contact.name(), contact.organisationName(), contact.phone(), contact.email(), null)));
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    /** What a row becomes when it is sent. */
    sealed interface Message {

        record Report(SignalReport report) implements Message {}

        record Forget(String signalRef, ForgetMessage message) implements Message {}

        /** R-NOBSN: nothing to send until the youth has a BSN; a new row follows then. */
        record WaitingForBsn() implements Message {}

        /** The signal is gone and no forget was written for it (deleted before the outbox existed). */
        record Gone() implements Message {}
    }
}
