// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.youth.YouthId;

/**
 * The signal aggregate's own rules, without the application: registration, R-ACTIVE-2Y, R-END and R-TRANSFER
 * on a fixed clock. The HTTP tests (SignalApiTest, TransferTest) prove the same rules reach the API.
 */
class SignalTest {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    /** 23:30 UTC on 1 March is already 2 March in the Netherlands: dates are Dutch dates. */
    private static final Instant REGISTERED = Instant.parse("2026-03-01T23:30:00Z");

    private static final LocalDate REGISTERED_ON = LocalDate.of(2026, 3, 2);

    private final ProfessionalId professional = new ProfessionalId(UUID.randomUUID());
    private final OrganisationId organisation = new OrganisationId(UUID.randomUUID());

    @Test
    void R_ACTIVE_2Y_aNewSignalIsActiveUntilTwoYearsAfterTheDutchDayOfRegistration() {
        Signal signal = register(REGISTERED);

        assertThat(signal.status()).isEqualTo(SignalStatus.ACTIVE);
        assertThat(signal.isActive()).isTrue();
        assertThat(signal.registeredAt()).isEqualTo(OffsetDateTime.ofInstant(REGISTERED, ZoneOffset.UTC));
        assertThat(signal.activeUntil()).isEqualTo(REGISTERED_ON.plusYears(2));
        assertThat(signal.professionalId()).isEqualTo(professional);
        assertThat(signal.endedAt()).isNull();
        assertThat(signal.endReason()).isNull();
        assertThat(signal.archivedUntil()).isNull();
    }

    @Test
    void R_ACTIVE_2Y_aSignalRegisteredOnALeapDayRunsUntilTheLastDayOfFebruary() {
        Signal signal = register(Instant.parse("2024-02-29T10:00:00Z"));

        assertThat(signal.activeUntil()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void R_GROUNDS_withoutConfirmedGroundsNoSignalIsRegistered() {
        assertThatThrownBy(() -> Signal.register(
                        SignalId.random(),
                        new YouthId(1),
                        professional,
                        organisation,
                        "eemland",
                        false,
                        clockAt(REGISTERED)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(e.code()).isEqualTo("grounds-not-confirmed");
                });
    }

    @Test
    void R_ACTIVE_2Y_extendingStartsANewPeriodOfTwoYearsFromTheDayOfTheExtension() {
        Signal signal = register(REGISTERED);

        signal.extend(clockAt(Instant.parse("2027-11-15T08:00:00Z")));

        assertThat(signal.activeUntil()).isEqualTo(LocalDate.of(2029, 11, 15));
        assertThat(signal.status()).isEqualTo(SignalStatus.ACTIVE);
        assertThat(signal.registeredAt())
                .as("the registration moment stays")
                .isEqualTo(OffsetDateTime.ofInstant(REGISTERED, ZoneOffset.UTC));
    }

    @Test
    void R_ACTIVE_2Y_extendingTwiceOnOneDayGivesTheSameEndAndNeverMoreThanTwoYears() {
        Signal signal = register(REGISTERED);
        Clock later = clockAt(Instant.parse("2027-06-01T08:00:00Z"));

        signal.extend(later);
        signal.extend(later);

        assertThat(signal.activeUntil()).isEqualTo(LocalDate.of(2029, 6, 1));
    }

    @ParameterizedTest
    @EnumSource(
            value = EndReason.class,
            names = {"RISK_GONE", "EXPIRED"})
    void R_END_R_ARCHIVE_5Y_endingForAReasonThatArchivesKeepsTheSignalFiveYearsInTheArchive(EndReason reason) {
        Signal signal = register(REGISTERED);
        Instant ended = Instant.parse("2026-09-30T22:15:00Z"); // 1 October in the Netherlands

        signal.end(reason, clockAt(ended));

        assertThat(reason.archives()).isTrue();
        assertThat(signal.status()).isEqualTo(SignalStatus.ARCHIVED);
        assertThat(signal.isActive()).isFalse();
        assertThat(signal.endReason()).isEqualTo(reason);
        assertThat(signal.endedAt()).isEqualTo(OffsetDateTime.ofInstant(ended, ZoneOffset.UTC));
        assertThat(signal.archivedUntil()).isEqualTo(LocalDate.of(2031, 10, 1));
    }

    @Test
    void R_END_endingAsUnjustifiedArchivesNothingSoTheCallerDeletesTheSignal() {
        Signal signal = register(REGISTERED);

        signal.end(EndReason.UNJUSTIFIED, clockAt(Instant.parse("2026-03-03T09:00:00Z")));

        assertThat(EndReason.UNJUSTIFIED.archives()).isFalse();
        assertThat(signal.status()).isNotEqualTo(SignalStatus.ARCHIVED);
        assertThat(signal.endReason())
                .as("an unjustified signal leaves no reason behind")
                .isNull();
        assertThat(signal.archivedUntil()).isNull();
        assertThat(signal.endedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T09:00:00Z"));
    }

    @Test
    void R_END_aProfessionalEndsForRiskGoneOrUnjustifiedAndOnlyTheIndexLetsASignalExpire() {
        assertThat(EndReason.values())
                .filteredOn(EndReason::chosenByProfessional)
                .containsExactlyInAnyOrder(EndReason.RISK_GONE, EndReason.UNJUSTIFIED);
    }

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void R_END_anArchivedSignalCannotBeEndedAgainForAnyReason(EndReason again) {
        Signal signal = register(REGISTERED);
        signal.end(EndReason.RISK_GONE, clockAt(Instant.parse("2026-04-01T09:00:00Z")));

        assertThatThrownBy(() -> signal.end(again, clockAt(Instant.parse("2026-05-01T09:00:00Z"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("signal-already-ended");
                });
        assertThat(signal.endReason()).as("the first ending stands").isEqualTo(EndReason.RISK_GONE);
        assertThat(signal.archivedUntil()).isEqualTo(LocalDate.of(2031, 4, 1));
    }

    @Test
    void R_ACTIVE_2Y_anEndedSignalCannotBeExtended() {
        Signal signal = register(REGISTERED);
        signal.end(EndReason.EXPIRED, clockAt(Instant.parse("2028-03-03T01:00:00Z")));
        LocalDate activeUntil = signal.activeUntil();

        assertThatThrownBy(() -> signal.extend(clockAt(Instant.parse("2028-03-04T09:00:00Z"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("signal-not-active");
                });
        assertThat(signal.activeUntil()).isEqualTo(activeUntil);
    }

    @Test
    void R_TRANSFER_aTransferredSignalBelongsToTheColleagueAndKeepsEverythingElse() {
        Signal signal = register(REGISTERED);
        ProfessionalId colleague = new ProfessionalId(UUID.randomUUID());

        signal.transferTo(colleague);

        assertThat(signal.professionalId()).isEqualTo(colleague);
        assertThat(signal.organisationId()).isEqualTo(organisation);
        assertThat(signal.activeUntil()).as("a transfer does not extend").isEqualTo(REGISTERED_ON.plusYears(2));
        assertThat(signal.status()).isEqualTo(SignalStatus.ACTIVE);
    }

    @Test
    void R_TRANSFER_aSignalIsNotTransferredToTheProfessionalWhoAlreadyHasIt() {
        Signal signal = register(REGISTERED);

        assertThatThrownBy(() -> signal.transferTo(new ProfessionalId(professional.value())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(e.code()).isEqualTo("transfer-to-self");
                });
    }

    @Test
    void R_TRANSFER_anArchivedSignalIsNotTransferred() {
        Signal signal = register(REGISTERED);
        signal.end(EndReason.RISK_GONE, clockAt(Instant.parse("2026-04-01T09:00:00Z")));

        assertThatThrownBy(() -> signal.transferTo(new ProfessionalId(UUID.randomUUID())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("signal-not-active");
                });
        assertThat(signal.professionalId()).isEqualTo(professional);
    }

    private Signal register(Instant at) {
        return Signal.register(
                SignalId.random(), new YouthId(42), professional, organisation, "eemland", true, clockAt(at));
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, NETHERLANDS);
    }
}
