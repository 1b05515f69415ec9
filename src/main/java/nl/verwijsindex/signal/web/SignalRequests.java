// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.YouthReference;
import nl.verwijsindex.youth.Bsn;

/** What an organisation's system sends to the signal operations; the BSN only in bodies, never in a URL. */
final class SignalRequests {

    private SignalRequests() {}

    record BsnRequest(
            @NotBlank(message = "Vul het BSN van de jeugdige in.") @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn) {

        @Override
        public String toString() {
            return "BsnRequest[***]";
        }
    }

    record TransferRequest(
            @NotNull(message = "Kies de collega naar wie het signaal gaat.")
            UUID toProfessionalId) {}

    /**
     * The youth is named in one of three ways: {@code bsn}; {@code person} (R-BSN-HIDDEN: surname, gender and
     * perhaps postcode, the index finds the BSN); or {@code withoutBsn} (R-NOBSN: surname and gender, the
     * index derives a verwijsindex number). The birth date is always needed.
     */
    record RegisterSignalRequest(
            @Size(max = 20, message = "Een BSN heeft 9 cijfers.")
            String bsn,

            @Valid PersonData person,
            @Valid PersonData withoutBsn,

            @NotNull(message = "Vul de geboortedatum van de jeugdige in (JJJJ-MM-DD).")
            LocalDate birthDate,

            @NotNull(message = "Geef aan of u de gronden voor een signaal heeft afgewogen.")
            Boolean groundsConfirmed,

            @Size(max = 40, message = "Deze regiocode is te lang.")
            String regionCode) {

        YouthReference youth() {
            int given = (bsn != null ? 1 : 0) + (person != null ? 1 : 0) + (withoutBsn != null ? 1 : 0);
            if (given != 1) {
                throw new DomainException(
                        Kind.INVALID,
                        "youth-reference-required",
                        "Noem de jeugdige op één manier: met het BSN (bsn), met achternaam en geslacht (person), "
                                + "of als de jeugdige geen BSN heeft (withoutBsn).");
            }
            if (bsn != null) {
                return new YouthReference.ByBsn(Bsn.parse(bsn));
            }
            if (person != null) {
                return new YouthReference.ByPersonData(person.surname(), birthDate, person.gender(), person.postcode());
            }
            return new YouthReference.WithoutBsn(withoutBsn.surname(), birthDate, withoutBsn.gender());
        }

        @Override
        public String toString() {
            return "RegisterSignalRequest[***]";
        }
    }

    /**
     * A youth named without a BSN: surname, gender M, V or O, and optionally a postcode. The surname may include
     * its prefix ("van den Heuvel"): the index splits a known prefix off into the register's {@code voorvoegsel}.
     * It takes the characters the BRP allows in a surname (letters, also accented, digits, space, full stop,
     * hyphen, apostrophe; at most 200) and never a wildcard; anything else is {@code 422 invalid-surname}.
     */
    @Schema(
            description =
                    "De jeugdige zonder BSN: achternaam (met voorvoegsel, zoals 'van den Heuvel'), geslacht M, V "
                            + "of O, en zo nodig de postcode. De achternaam bevat alleen letters (ook met accenten), cijfers, spaties, "
                            + "punten, koppeltekens en apostrofs, ten hoogste 200 tekens, zonder * of ?; anders 422 invalid-surname.")
    record PersonData(
            @Schema(example = "van den Heuvel")
            @NotBlank(message = "Vul de achternaam van de jeugdige in.")
            @Size(max = 200, message = "De achternaam is te lang.")
            String surname,

            @NotBlank(message = "Vul het geslacht in zoals het in de BRP staat: M, V of O.")
            @jakarta.validation.constraints.Pattern(regexp = "[MmVvOo]", message = "Het geslacht is M, V of O.")
            String gender,

            @jakarta.validation.constraints.Pattern(
                    regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}",
                    message = "Vul de postcode in als 1234AB.")
            String postcode) {

        @Override
        public String toString() {
            return "PersonData[***]";
        }
    }

    record EndSignalRequest(
            @NotNull(
                    message = "Kies een reden: RISK_GONE (zorg beëindigd of zorg weggenomen) of "
                            + "UNJUSTIFIED (signaal was onterecht).")
            EndReason reason) {}
}
