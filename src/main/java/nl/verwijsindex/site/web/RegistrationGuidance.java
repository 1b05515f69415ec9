// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.directory.OrganisationId;

/**
 * The agreements on when (not) to register of each region whose covenant the professional's organisation is party
 * to today, as the region coordinators wrote them (seed 004), for the weigh step.
 */
@Component
class RegistrationGuidance {

    private final Covenants covenants;
    private final RegionSettingsKeeper settings;
    private final Clock clock;

    RegistrationGuidance(Covenants covenants, RegionSettingsKeeper settings, Clock clock) {
        this.covenants = covenants;
        this.settings = settings;
        this.clock = clock;
    }

    record OfRegion(String regionName, String text) {}

    List<OfRegion> forOrganisation(OrganisationId organisation) {
        return covenants.covenantRegionsOf(organisation, LocalDate.now(clock)).stream()
                .map(region ->
                        new OfRegion(region.name(), settings.of(region.code()).registrationGuidance()))
                .filter(guidance -> !guidance.text().isEmpty())
                .toList();
    }
}
