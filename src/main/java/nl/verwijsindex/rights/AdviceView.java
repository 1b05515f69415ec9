// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One professional's advice on a request, for one of their signals on the youth: asked, and answered or not. Names
 * no youth; the professional finds the youth through their own signal.
 *
 * @param deadline the day the municipality's decision is due
 */
public record AdviceView(
        UUID requestId,
        UUID signalId,
        UUID professionalId,
        RequestKind kind,
        boolean requestOpen,
        LocalDate deadline,
        OffsetDateTime askedAt,
        Advice advice,
        String explanation,
        OffsetDateTime answeredAt) {

    public boolean answered() {
        return advice != null;
    }
}
