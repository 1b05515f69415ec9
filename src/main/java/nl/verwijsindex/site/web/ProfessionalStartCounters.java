// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.MatchCases;
import nl.verwijsindex.notification.Inbox;
import nl.verwijsindex.signal.Signals;

/**
 * Issue 16 item 4: the counters on the professional's start page, so they see at once what waits for them: new
 * matches (their notice unread, local and from other regions, R-NATIONAL), matches they direct that wait for the consultation (R-DEADLINE), and signals that
 * end within four weeks (R-ACTIVE-2Y, the default reminder period). Counts name no youth, so they are not logged.
 */
@ControllerAdvice(assignableTypes = HomePage.class)
class ProfessionalStartCounters {

    /** R-ACTIVE-2Y: the default period in which a professional is asked to extend. */
    static final int EXPIRY_WINDOW_DAYS = 28;

    private final Inbox inbox;
    private final MatchCases cases;
    private final Signals signals;
    private final Clock clock;

    ProfessionalStartCounters(Inbox inbox, MatchCases cases, Signals signals, Clock clock) {
        this.inbox = inbox;
        this.cases = cases;
        this.signals = signals;
        this.clock = clock;
    }

    record Counters(int newMatches, long toCoordinate, long expiringSoon) {}

    @ModelAttribute("professionalCounters")
    Counters counters(Authentication authentication) {
        SignedInAccount account = SiteAdvice.signedIn(authentication);
        if (account == null || account.role() != Role.PROFESSIONAL || account.professional() == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        return new Counters(
                inbox.unreadMatches(account.professional()).size()
                        + inbox.unreadCrossRegionMatches(account.professional()).size(),
                cases.toCoordinate(account.organisation(), account.professional()),
                signals.activeUntilOnOrBefore(
                        account.organisation(), account.professional(), today.plusDays(EXPIRY_WINDOW_DAYS)));
    }
}
