// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.List;
import java.util.UUID;

/**
 * R-REQUEST: professionals were asked for advice on a request, one per signal on the youth. Ids only (DESIGN
 * decision 4); the notification module tells each (inbox and content-free e-mail).
 */
public record AdviceRequested(UUID requestId, List<Asked> asked) {

    public AdviceRequested {
        asked = List.copyOf(asked);
    }

    public record Asked(UUID professionalId, UUID signalId, String regionCode) {}
}
