// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which covenants an organisation is party to, as the directory needs it for R-MELDER and its overview. The
 * covenant module keeps the memberships and implements this port, so that the directory does not depend on
 * the module that depends on it.
 */
public interface CovenantParties {

    /** The regions whose covenant the organisation is party to on {@code day}, in code order. */
    List<String> regionsOn(OrganisationId organisation, LocalDate day);

    /** The regions whose covenant each organisation is or was party to, in code order; absent when none. */
    Map<OrganisationId, List<String>> regionsEver(Collection<OrganisationId> organisations);
}
