// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;
import java.util.Optional;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.youth.Bsn;

/**
 * A request to register a signal, on behalf of {@code professional} of {@code organisation}.
 *
 * @param youth            who the signal is about: by BSN, by other identifying data (R-BSN-HIDDEN) or
 *                         without a BSN (R-NOBSN)
 * @param birthDate        for R-YOUTH, as the professional knows it; the person register's date replaces it
 *                         when the index learns it
 * @param groundsConfirmed R-GROUNDS: the professional weighed the grounds; nothing else about them is kept
 * @param regionCode       the covenant, when the organisation takes part in more than one
 * @param idempotencyKey   a client's key: a retry with the same key returns the first result
 */
public record RegisterSignal(
        OrganisationId organisation,
        ProfessionalId professional,
        YouthReference youth,
        LocalDate birthDate,
        boolean groundsConfirmed,
        Optional<String> regionCode,
        Optional<String> idempotencyKey,
        Actor actor) {

    /** By BSN. */
    public RegisterSignal(
            OrganisationId organisation,
            ProfessionalId professional,
            Bsn bsn,
            LocalDate birthDate,
            boolean groundsConfirmed,
            Optional<String> regionCode,
            Optional<String> idempotencyKey,
            Actor actor) {
        this(
                organisation,
                professional,
                new YouthReference.ByBsn(bsn),
                birthDate,
                groundsConfirmed,
                regionCode,
                idempotencyKey,
                actor);
    }
}
