// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * R-TRANSFER in the demo: Marloes Kok of Jeugdteam Amersfoort registered a signal and has since left, so the demo
 * coordinator finds it under "Signalen van vertrokken collega's" to transfer or end. Runs once the demo data
 * is in (after every runner), and only once: the fixed professional id says whether it did.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
@ConditionalOnBooleanProperty(name = "verwijsindex.demo.history.enabled", matchIfMissing = true)
class DemoLeaverData {

    private static final Logger log = LoggerFactory.getLogger(DemoLeaverData.class);
    private static final ProfessionalId LEAVER =
            new ProfessionalId(UUID.fromString("22222222-0000-4000-8000-000000000101"));
    /** Passes the elfproef and is not one of the stand-in BRP's persons: the register does not know this youth. */
    private static final Bsn YOUTH = new Bsn("999993008");

    private final Directory directory;
    private final StaffAdministration administration;
    private final SignalRegistration registration;
    private final Clock clock;

    DemoLeaverData(
            Directory directory, StaffAdministration administration, SignalRegistration registration, Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.registration = registration;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        OrganisationId team = new OrganisationId(DemoCast.ORGANISATIONS.get(0).id());
        if (directory.contact(LEAVER).isPresent()
                || directory.organisationNames(List.of(team)).isEmpty()) {
            return;
        }
        administration.addProfessional(new NewProfessional(
                LEAVER.value(), team, "Marloes Kok", "m.kok@jeugdteam-amersfoort.example", "06 0000 0101", true));
        registration.register(new RegisterSignal(
                team,
                LEAVER,
                YOUTH,
                LocalDate.now(clock).minusYears(8),
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
        administration.markLeft(LEAVER, LocalDate.now(clock));
        log.info("Demo leaver: Marloes Kok of Jeugdteam Amersfoort left with one active signal, for the coordinator");
    }
}
