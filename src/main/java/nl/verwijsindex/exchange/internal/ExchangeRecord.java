// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.youth.Bsn;

/** One line of an exchange file, read and checked on its own (docs/exchange/README.md). */
sealed interface ExchangeRecord {

    int line();

    /** The first line: which format, which version, from which system. */
    record Header(int line, int version, String source, OffsetDateTime exportedAt) implements ExchangeRecord {}

    record Organisation(
            int line,
            UUID id,
            String name,
            String oin,
            String kvkNumber,
            String category,
            boolean bsnAuthorised,
            String coordinatorName,
            String coordinatorEmail,
            String coordinatorPhone,
            List<Covenant> covenants)
            implements ExchangeRecord {}

    record Covenant(String region, LocalDate joinedOn, LocalDate leftOn) {}

    record Professional(
            int line,
            UUID id,
            UUID organisation,
            String name,
            String email,
            String phone,
            boolean designated,
            LocalDate leftOn)
            implements ExchangeRecord {}

    /**
     * The youth is named by exactly one of: a BSN; surname and gender of a youth without a BSN (R-NOBSN); or the
     * blind index of a verwijsindex number with its key id, which only an index holding that key can use.
     */
    record Signal(
            int line,
            UUID id,
            Bsn bsn,
            String surname,
            String gender,
            byte[] viIndex,
            int viKeyId,
            LocalDate birthDate,
            UUID professional,
            String region,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            SignalStatus state,
            EndReason endReason,
            OffsetDateTime endedAt,
            LocalDate archivedUntil)
            implements ExchangeRecord {

        @Override
        public String toString() {
            return "Signal[line " + line + ", " + id + "]";
        }
    }

    /** The coordination state of an open match between two signals of the file. */
    record Match(
            int line,
            UUID signalA,
            UUID signalB,
            LocalDate matchedOn,
            LocalDate dueOn,
            LocalDate consultedOn,
            UUID directorSignal)
            implements ExchangeRecord {}
}
