// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * R-REQUEST, access and copy (AVG art. 15): what the index holds on one youth, made for a request. Each signal with
 * its organisation, the professional's contact, its dates and state (active or in the archive); the matches with
 * which organisations (for a family or address match only that it exists: nothing of another child); and from the
 * logbook who registered, received, saw or deleted what and when. Never the BSN.
 */
public record AccessOverview(
        UUID requestId,
        LocalDate madeOn,
        LocalDate youthBirthDate,
        List<SignalLine> signals,
        List<MatchLine> matches,
        List<LogbookLine> logbook) {

    /** @param state {@code ACTIVE} or {@code ARCHIVED}; endReason and archivedUntil only for the archive */
    public record SignalLine(
            UUID signalId,
            String organisation,
            String professional,
            String professionalEmail,
            String professionalPhone,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            String state,
            OffsetDateTime endedAt,
            String endReason,
            LocalDate archivedUntil) {}

    /**
     * @param kind          {@code YOUTH}, {@code FAMILY} or {@code ADDRESS}
     * @param organisations for a youth match the organisations of both signals; for a family or address match only
     *                      the organisation of this youth's own signal
     */
    public record MatchLine(String kind, OffsetDateTime madeAt, List<String> organisations) {}

    /**
     * @param professional and organisation by name, when the entry names them; {@code by} says what kind of actor
     *                     it was ({@code API_CLIENT}: an organisation's system, {@code USER}: a person logged in,
     *                     {@code SYSTEM}: the index itself)
     */
    public record LogbookLine(OffsetDateTime at, String action, String by, String professional, String organisation) {}
}
