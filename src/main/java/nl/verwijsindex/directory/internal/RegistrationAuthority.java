// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.directory.internal;

import java.time.LocalDate;
import java.util.Optional;

import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/**
 * R-MELDER (Jeugdwet 7.1.1.2): who may register a signal. Plain rules over a {@link ProfessionalStanding},
 * so they can be read and tested without a database.
 */
final class RegistrationAuthority {

    private RegistrationAuthority() {}

    /** @return the covenant region the signal falls under */
    static String check(ProfessionalStanding standing, Optional<String> requestedRegion, LocalDate today) {
        if (standing.leftOn() != null && !standing.leftOn().isAfter(today)) {
            throw new DomainException(
                    Kind.FORBIDDEN,
                    "professional-left",
                    "Deze professional werkt niet meer bij de organisatie en kan geen signaal afgeven.");
        }
        if (standing.designationRequired() && !standing.designated()) {
            throw new DomainException(
                    Kind.FORBIDDEN,
                    "professional-not-designated",
                    "Deze professional is niet aangewezen als meldingsbevoegde en kan geen signaal afgeven.");
        }
        if (standing.activeCovenants().isEmpty()) {
            throw new DomainException(
                    Kind.FORBIDDEN,
                    "organisation-not-in-covenant",
                    "Uw organisatie heeft geen convenant met een gemeente en kan geen signaal afgeven.");
        }
        if (requestedRegion.isPresent()) {
            if (!standing.activeCovenants().contains(requestedRegion.get())) {
                throw new DomainException(
                        Kind.INVALID,
                        "region-not-in-covenant",
                        "Uw organisatie heeft geen convenant in de gekozen regio.");
            }
            return requestedRegion.get();
        }
        if (standing.activeCovenants().size() > 1) {
            throw new DomainException(
                    Kind.INVALID,
                    "region-required",
                    "Uw organisatie werkt in meer dan één regio. Geef aan onder welke regio het signaal valt.");
        }
        return standing.activeCovenants().get(0);
    }
}
