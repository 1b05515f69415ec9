// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.RegistrationOutcome;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * R-SUPERVISE in the demo: a match in Amersfoort whose deadline has passed, so the regievoerder's work list is not
 * empty. Sanne de Vries (youth team, so the match director by the default rules) and Ahmed El Amrani (JGZ) both
 * signal Daan Bos of Amersfoort (stand-in BRP), and the demo pretends that happened three weeks ago: the two
 * signals and their match are dated back in the same transaction, before the coordination module takes the match
 * up after the commit. That module then counts the deadline from the earlier date, finds it passed and escalates,
 * all by its own rules. Only the demo does this (direct SQL on the signal and match tables, as a seed); the
 * application never dates anything back. Runs once the demo data is there, and only once per database.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
@ConditionalOnBooleanProperty(name = "verwijsindex.demo.history.enabled", matchIfMissing = true)
class DemoOverdueMatch {

    private static final Logger log = LoggerFactory.getLogger(DemoOverdueMatch.class);
    private static final Bsn DAAN_BOS_AMERSFOORT = Bsn.parse("999981869");
    private static final LocalDate BORN = LocalDate.of(2014, 8, 8);
    private static final int DAYS_AGO = 21;

    private final SignalRegistration registration;
    private final Covenants covenants;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoOverdueMatch(SignalRegistration registration, Covenants covenants, JdbcClient jdbc, Clock clock) {
        this.registration = registration;
        this.covenants = covenants;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the application runners, so after {@link DemoData} has loaded the regions and professionals. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (!covenants.hasRegion("eemland")) {
            return;
        }
        RegistrationOutcome sanne = register(DemoCast.ORGANISATIONS.get(0).id(), 1);
        if (sanne.result() != RegistrationOutcome.Result.CREATED) {
            return; // loaded before
        }
        RegistrationOutcome ahmed = register(DemoCast.ORGANISATIONS.get(1).id(), 2);
        OffsetDateTime then = Moments.now(clock).minusDays(DAYS_AGO);
        for (RegistrationOutcome signal : new RegistrationOutcome[] {sanne, ahmed}) {
            jdbc.sql("update signal set registered_at = :then, active_until = :until where id = :id")
                    .param("then", then)
                    .param(
                            "until",
                            then.atZoneSameInstant(clock.getZone())
                                    .toLocalDate()
                                    .plusYears(2))
                    .param("id", signal.signal().id().value())
                    .update();
        }
        jdbc.sql("""
                        update match_pair set created_at = :then
                        where least(signal_a, signal_b) = least(:a, :b) and greatest(signal_a, signal_b) = greatest(:a, :b)""")
                .param("then", then)
                .param("a", sanne.signal().id().value())
                .param("b", ahmed.signal().id().value())
                .update();
        jdbc.sql("update match_participant set joined_at = :then where signal_id in (:a, :b)")
                .param("then", then)
                .param("a", sanne.signal().id().value())
                .param("b", ahmed.signal().id().value())
                .update();
        log.info(
                "Demo match past its deadline in Amersfoort: Sanne de Vries and Ahmed El Amrani, {} days ago",
                DAYS_AGO);
    }

    private RegistrationOutcome register(UUID organisation, int professional) {
        return registration.register(new RegisterSignal(
                new OrganisationId(organisation),
                new ProfessionalId(java.util.UUID.fromString("22222222-0000-4000-8000-%012d".formatted(professional))),
                DAAN_BOS_AMERSFOORT,
                BORN,
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
    }
}
