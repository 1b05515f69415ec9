// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.util.Objects;

import nl.verwijsindex.access.PrivacyDeskPrincipal;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.logbook.Actor;

/**
 * Who acts for a municipality's privacy desk: its API credential or a person logged in with the desk's role. The
 * desk sees only its own municipality's requests (R-REQUEST).
 */
public record PrivacyDesk(String municipalityCode, Actor actor) {

    public PrivacyDesk {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(actor, "actor");
    }

    public static PrivacyDesk of(PrivacyDeskPrincipal principal) {
        return new PrivacyDesk(principal.municipalityCode(), new Actor(Actor.Type.USER, principal.actorId()));
    }

    public static PrivacyDesk of(SignedInAccount account) {
        return new PrivacyDesk(
                account.municipalityCode(), Actor.user(account.accountId().toString()));
    }
}
