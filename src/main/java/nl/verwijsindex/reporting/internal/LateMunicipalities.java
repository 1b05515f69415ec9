// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.verwijsindex.person.PersonDataRefreshed;
import nl.verwijsindex.person.PersonIndex;

/**
 * R-REPORTS: when the person register first says where a youth lives, the registration facts that waited for it
 * get that municipality (docs/adr/0040). Listens in the person check's transaction, with the youth locked, so a
 * registration and the check that follows it cannot miss each other.
 */
@Component
class LateMunicipalities {

    private final FactStore store;
    private final PersonIndex persons;

    LateMunicipalities(FactStore store, PersonIndex persons) {
        this.store = store;
        this.persons = persons;
    }

    @EventListener
    void on(PersonDataRefreshed refreshed) {
        persons.municipalityOf(refreshed.youthId())
                .ifPresent(municipality -> store.municipalityLearned(refreshed.youthId(), municipality));
    }
}
