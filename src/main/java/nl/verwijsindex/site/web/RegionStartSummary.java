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
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.covenant.RegionSettingsKeeper;

/** A few numbers on the region coordinator's start page, so they see at a glance what the covenant holds. */
@ControllerAdvice(assignableTypes = HomePage.class)
class RegionStartSummary {

    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final Clock clock;

    RegionStartSummary(Covenants covenants, RegionSettingsKeeper settings, Clock clock) {
        this.covenants = covenants;
        this.settings = settings;
        this.clock = clock;
    }

    record Summary(
            String regionName,
            long organisations,
            int institutionAddresses,
            boolean ownDirectorRules,
            int deadlineWorkingDays) {}

    @ModelAttribute("regionSummary")
    Summary summary(Authentication authentication) {
        SignedInAccount account = SiteAdvice.signedIn(authentication);
        if (account == null || account.role() != Role.REGION_COORDINATOR || account.regionCode() == null) {
            return null;
        }
        String region = account.regionCode();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        RegionSettings current = settings.of(region);
        return new Summary(
                current.regionName(),
                covenants.covenantMembers(region).stream()
                        .filter(m -> RegionOrganisationsPages.isActive(m, today))
                        .count(),
                covenants.institutionAddresses(region).size(),
                current.hasOwnDirectorRules(),
                current.deadlineWorkingDays());
    }
}
