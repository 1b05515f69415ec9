// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.Signal;
import nl.verwijsindex.signal.SignalStatus;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.YouthAge;

/**
 * A {@code signal} line on its own: R-DATA (exactly these fields), R-YOUTH and R-AGE-23, R-ACTIVE-2Y,
 * R-ARCHIVE-5Y, no date in the future, a BSN that passes the elfproef (R-NOBSN: or a youth without one).
 */
final class SignalLine {

    private static final Set<String> SIGNAL = Set.of(
            "type",
            "id",
            "youth",
            "birthDate",
            "professional",
            "region",
            "registeredAt",
            "activeUntil",
            "state",
            "endReason",
            "endedAt",
            "archivedUntil");
    private static final Set<String> YOUTH = Set.of("bsn", "surname", "gender", "viIndex", "keyId");

    private SignalLine() {}

    static ExchangeRecord read(Fields f, int line, Clock clock) {
        f.onlyKnown(SIGNAL);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = Moments.now(clock);
        var id = f.uuid("id");
        YouthFields youth = youth(f);
        LocalDate birthDate = f.date("birthDate");
        var professional = f.uuid("professional");
        String region = f.matching("region", LineParser.REGION, "Dit is geen geldige regiocode.");
        OffsetDateTime registeredAt = f.dateTime("registeredAt");
        LocalDate activeUntil = f.date("activeUntil");
        SignalStatus state = f.oneOf("state", SignalStatus.class, EnumSet.allOf(SignalStatus.class));
        if (registeredAt != null && registeredAt.isAfter(now)) {
            f.problem("registeredAt", "Deze datum ligt in de toekomst.");
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            f.problem("birthDate", "Deze datum ligt in de toekomst.");
        } else if (birthDate != null && registeredAt != null) {
            LocalDate registeredOn =
                    registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
            if (!registeredOn.isBefore(YouthAge.twentyThirdBirthday(birthDate))) {
                f.problem("birthDate", "De jeugdige was bij de registratie 23 jaar of ouder (R-YOUTH).");
            } else if (!today.isBefore(YouthAge.twentyThirdBirthday(birthDate))) {
                f.problem(
                        "birthDate",
                        "De jeugdige is nu 23 jaar of ouder; het signaal moet al verwijderd zijn (R-AGE-23).");
            }
        }
        if (activeUntil != null && registeredAt != null && !registeredAt.isAfter(now)) {
            LocalDate registeredOn =
                    registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
            if (activeUntil.isBefore(registeredOn)) {
                f.problem("activeUntil", "Deze datum ligt voor de registratie.");
            } else if (activeUntil.isAfter(today.plusYears(Signal.ACTIVE_YEARS))) {
                f.problem("activeUntil", "Een signaal is ten hoogste 2 jaar actief (R-ACTIVE-2Y).");
            }
        }
        EndReason endReason = null;
        OffsetDateTime endedAt = null;
        LocalDate archivedUntil = null;
        if (state == SignalStatus.ACTIVE) {
            for (String ended : List.of("endReason", "endedAt", "archivedUntil")) {
                if (f.has(ended)) {
                    f.problem(ended, "Een actief signaal heeft geen einde; laat dit veld weg.");
                }
            }
        } else if (state == SignalStatus.ARCHIVED) {
            endReason = f.oneOf("endReason", EndReason.class, EnumSet.of(EndReason.RISK_GONE, EndReason.EXPIRED));
            endedAt = f.dateTime("endedAt");
            archivedUntil = f.date("archivedUntil");
            if (endedAt != null && endedAt.isAfter(now)) {
                f.problem("endedAt", "Deze datum ligt in de toekomst.");
            } else if (endedAt != null && registeredAt != null && endedAt.isBefore(registeredAt)) {
                f.problem("endedAt", "Het signaal eindigt voor het geregistreerd is.");
            }
            if (endedAt != null && archivedUntil != null) {
                LocalDate endedOn = endedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
                if (archivedUntil.isBefore(endedOn) || archivedUntil.isAfter(endedOn.plusYears(Signal.ARCHIVE_YEARS))) {
                    f.problem("archivedUntil", "Een signaal blijft ten hoogste 5 jaar in het archief (R-ARCHIVE-5Y).");
                }
            }
        }
        return youth == null
                ? null
                : new ExchangeRecord.Signal(
                        line,
                        id,
                        youth.bsn,
                        youth.surname,
                        youth.gender,
                        youth.viIndex,
                        youth.keyId,
                        birthDate,
                        professional,
                        region,
                        registeredAt,
                        activeUntil,
                        state,
                        endReason,
                        endedAt,
                        archivedUntil);
    }

    private record YouthFields(Bsn bsn, String surname, String gender, byte[] viIndex, int keyId) {}

    private static YouthFields youth(Fields f) {
        Fields youth = f.object("youth");
        if (youth == null) {
            return null;
        }
        youth.onlyKnown(YOUTH);
        if (youth.has("bsn")) {
            String bsn = youth.text("bsn", 9);
            if (bsn != null && !Bsn.isValid(bsn)) {
                youth.problem("bsn", "Dit BSN is ongeldig: het heeft geen 9 cijfers of voldoet niet aan de elfproef.");
                return null;
            }
            return bsn == null ? null : new YouthFields(new Bsn(bsn), null, null, null, 0);
        }
        if (youth.has("viIndex")) {
            String index =
                    youth.matching("viIndex", "[A-Za-z0-9+/]{43}=", "Dit is geen blinde index (32 bytes in base64).");
            Integer keyId = youth.integer("keyId");
            return index == null || keyId == null
                    ? null
                    : new YouthFields(null, null, null, Base64.getDecoder().decode(index), keyId);
        }
        if (youth.has("surname") || youth.has("gender")) {
            String surname = youth.matching("surname", ".*\\p{L}.*", "Een achternaam heeft ten minste één letter.");
            String gender = youth.matching("gender", "[MVO]", "Het geslacht is M, V of O, zoals in de BRP.");
            return surname == null || gender == null ? null : new YouthFields(null, surname, gender, null, 0);
        }
        f.problem("youth", "Geef het BSN, of achternaam en geslacht van een jeugdige zonder BSN (R-NOBSN).");
        return null;
    }
}
