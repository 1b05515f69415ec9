// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.youth.YouthId;

/**
 * A signal was registered. Published inside the registering transaction, with the youth locked, so a
 * listener that matches sees every other signal on the youth and no concurrent one. Ids only.
 *
 * @param firstOfYouth the youth had no other signal in the index, active or archived (a youth newly signalled,
 *                     for the reports, R-REPORTS)
 * @param organisationCategory the code of the organisation's category, read when the registrant was authorised, so
 *                     the report fact need not read it again (issue 18, docs/adr/0049)
 * @param youthCreated the youth was created by this registration, so nothing is known of it yet, its municipality
 *                     included, and the report fact need not look (issue 18); null in events published before it
 */
public record SignalRegistered(
        SignalId signalId,
        YouthId youthId,
        ProfessionalId professionalId,
        OrganisationId organisationId,
        String regionCode,
        boolean firstOfYouth,
        String organisationCategory,
        Boolean youthCreated) {

    /** Whether the youth was created by this registration; an event published before the flag existed says null. */
    public boolean youthNew() {
        return Boolean.TRUE.equals(youthCreated);
    }
}
