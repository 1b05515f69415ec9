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
 * @param birthDate        needed for R-YOUTH until the person register provides it
 * @param groundsConfirmed R-GROUNDS: the professional weighed the grounds; nothing else about them is kept
 * @param regionCode       the covenant, when the organisation takes part in more than one
 * @param idempotencyKey   a client's key: a retry with the same key returns the first result
 */
public record RegisterSignal(OrganisationId organisation, ProfessionalId professional, Bsn bsn, LocalDate birthDate,
                             boolean groundsConfirmed, Optional<String> regionCode, Optional<String> idempotencyKey,
                             Actor actor) {
}
