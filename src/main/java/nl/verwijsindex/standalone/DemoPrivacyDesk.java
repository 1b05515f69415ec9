// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.rights.IdentityCheck;
import nl.verwijsindex.rights.NewRequest;
import nl.verwijsindex.rights.PrivacyDesk;
import nl.verwijsindex.rights.RequestKind;
import nl.verwijsindex.rights.Requester;
import nl.verwijsindex.rights.RightsRequests;
import nl.verwijsindex.shared.DomainException;

/**
 * R-REQUEST in the demo: the privacy desk of Amersfoort (web account {@code privacyloket}, and a published API
 * token) with one open request: Noah Jansen (13) and his parent asked for access three days ago, so Joost van Dam of
 * the Eemland College, who registered Noah, is asked for advice. Runs once the demo data is in, and only once: a
 * desk with requests is left as it is.
 */
@Component
@ConditionalOnProperty(name = "verwijsindex.demo.enabled", havingValue = "true")
@ConditionalOnBooleanProperty(name = "verwijsindex.demo.history.enabled", matchIfMissing = true)
class DemoPrivacyDesk {

    private static final Logger log = LoggerFactory.getLogger(DemoPrivacyDesk.class);
    static final UUID CREDENTIAL = UUID.fromString("55555555-0000-4000-8000-000000000307");
    static final String SECRET = "demo-privacy-desk-amersfoort-secret-not-for-production";
    private static final String AMERSFOORT = "GM0307";
    /** Noah Jansen of the stand-in BRP, whom the demo data registers. */
    private static final String NOAH = "999907931";

    private final PrivacyDesks desks;
    private final RightsRequests requests;
    private final Covenants covenants;
    private final Clock clock;

    DemoPrivacyDesk(PrivacyDesks desks, RightsRequests requests, Covenants covenants, Clock clock) {
        this.desks = desks;
        this.requests = requests;
        this.covenants = covenants;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (covenants.municipality(AMERSFOORT).isEmpty()) {
            return;
        }
        if (desks.authenticate(CREDENTIAL + "." + SECRET).isPresent()) {
            log.info("Demo privacy desk of Amersfoort (/api/v1/privacy-desk): token {}.{}", CREDENTIAL, SECRET);
            return;
        }
        desks.issueWithSecret(CREDENTIAL, AMERSFOORT, "Privacyloket Amersfoort", SECRET);
        PrivacyDesk desk = PrivacyDesk.of(new PrivacyDeskPrincipal(CREDENTIAL, AMERSFOORT, "Privacyloket Amersfoort"));
        LocalDate today = LocalDate.now(clock);
        try {
            requests.record(
                    desk,
                    new NewRequest(
                            RequestKind.ACCESS,
                            Requester.YOUTH_AND_LEGAL_REPRESENTATIVE,
                            IdentityCheck.DIGID,
                            NOAH,
                            LocalDate.of(2013, 4, 2),
                            today.minusDays(3)));
        } catch (DomainException refused) {
            // A demo database whose register moved Noah elsewhere: the desk stays without a request.
            log.warn("Demo privacy desk: the demo request was refused ({})", refused.code());
            return;
        }
        log.info("Demo privacy desk of Amersfoort: one open request for access; token {}.{}", CREDENTIAL, SECRET);
    }
}
