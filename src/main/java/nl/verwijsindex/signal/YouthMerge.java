// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;
import nl.verwijsindex.youth.ViNumber;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;
import nl.verwijsindex.youth.Youths.IdentifiedYouth;

/**
 * R-NOBSN: when the BSN of a youth registered without one becomes known, the professional of one of their
 * signals gives it, and the two merge. A youth the index does not yet know by that BSN simply gets it; a
 * youth it does know takes over all signals, and their matches are made.
 */
@Service
public class YouthMerge {

    private final OwnSignals ownSignals;
    private final Youths youths;
    private final SignalRepository signals;
    private final Directory directory;
    private final SignalPresenter presenter;
    private final ApplicationEventPublisher events;
    private final Logbook logbook;
    private final RegisterVerification verification;
    private final BsnProtection protection;

    YouthMerge(
            OwnSignals ownSignals,
            Youths youths,
            SignalRepository signals,
            Directory directory,
            SignalPresenter presenter,
            ApplicationEventPublisher events,
            Logbook logbook,
            RegisterVerification verification,
            BsnProtection protection) {
        this.verification = verification;
        this.protection = protection;
        this.ownSignals = ownSignals;
        this.youths = youths;
        this.signals = signals;
        this.directory = directory;
        this.presenter = presenter;
        this.events = events;
        this.logbook = logbook;
    }

    /**
     * Issue 12 §2, R-NOBSN: the register's surname, birth date and gender for the BSN must derive the
     * verwijsindex number the youth is known by, or the BSN is someone else's. Without a connected register
     * the professional's word is taken, as before.
     */
    private void requireSamePerson(Bsn bsn, BlindIndex viNumber, Asker asker) {
        verification.identity(bsn, asker).ifPresent(identity -> {
            ViNumber registered =
                    ViNumber.derive(identity.surname(), identity.birthDate(), identity.genderCode(), protection);
            if (!MessageDigest.isEqual(registered.blindIndex().bytes(), viNumber.bytes())) {
                throw new DomainException(
                        Kind.INVALID,
                        "bsn-does-not-match-youth",
                        "Dit BSN past volgens de BRP niet bij de achternaam, geboortedatum en het geslacht van deze "
                                + "jeugdige. Controleer het BSN; er is niets gewijzigd.");
            }
        });
    }

    @Transactional
    public SignalView identify(
            OrganisationId organisation, ProfessionalId professional, SignalId id, Bsn bsn, Actor actor) {
        if (!directory.bsnAuthorised(organisation)) {
            throw new DomainException(
                    Kind.FORBIDDEN, "bsn-not-authorised", "Uw organisatie mag het BSN niet gebruiken.");
        }
        OwnSignals.Locked locked = ownSignals.lock(organisation, professional, id);
        YouthId viYouth = locked.signal().youthId();
        if (youths.hasBsn(viYouth)) {
            throw new DomainException(Kind.CONFLICT, "youth-has-bsn", "Deze jeugdige is al bekend met een BSN.");
        }
        requireSamePerson(bsn, locked.youth().blindIndex(), new Asker(actor, organisation, professional));
        logbook.record(new LogbookEntry(
                Action.YOUTH_IDENTIFIED,
                actor,
                professional.value(),
                organisation.value(),
                locked.youth().blindIndex().bytes(),
                id.value(),
                null));
        if (youths.assignBsn(viYouth, bsn).isPresent()) {
            events.publishEvent(new YouthIdentified(viYouth));
            return presenter.view(signals.find(id).orElseThrow());
        }

        YouthId known = youths.findByBsn(bsn).orElseThrow();
        IdentifiedYouth target = youths.lock(known).orElseThrow(OwnSignals::notFound);
        List<Signal> moving = signals.allOnYouth(viYouth);
        Set<ProfessionalId> activeThere = new HashSet<>();
        signals.activeOnYouth(known).forEach(s -> activeThere.add(s.professionalId()));
        for (Signal signal : moving) {
            if (signal.isActive() && activeThere.contains(signal.professionalId())) {
                throw new DomainException(
                        Kind.CONFLICT,
                        "merge-duplicate-signal",
                        "Een professional heeft op beide registraties een actief signaal. Laat één van beide eerst beëindigen.");
            }
        }
        signals.moveToYouth(viYouth, known);
        events.publishEvent(
                new SignalsMoved(viYouth, known, moving.stream().map(Signal::id).toList()));
        youths.forget(viYouth);
        logbook.record(new LogbookEntry(
                Action.YOUTH_IDENTIFIED,
                actor,
                professional.value(),
                organisation.value(),
                target.blindIndex().bytes(),
                id.value(),
                null));
        events.publishEvent(new YouthIdentified(known));
        return presenter.view(signals.find(id).orElseThrow());
    }
}
