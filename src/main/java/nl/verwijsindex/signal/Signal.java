// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.youth.YouthId;

/**
 * A professional's registration that they are involved with a youth. Holds exactly what R-DATA allows:
 * the youth, the professional (and their organisation and covenant), when it was registered, and until
 * when it is active. No reason, risk or note; R-GROUNDS only as the confirmation that it was weighed.
 */
public final class Signal {

    /** R-ACTIVE-2Y: a signal is active for at most 2 years from registration. */
    public static final int ACTIVE_YEARS = 2;
    /** R-ARCHIVE-5Y: an archived signal is kept 5 years, then deleted. */
    public static final int ARCHIVE_YEARS = 5;

    private final SignalId id;
    private final YouthId youthId;
    private ProfessionalId professionalId;
    private final OrganisationId organisationId;
    private final String regionCode;
    private final OffsetDateTime registeredAt;
    private LocalDate activeUntil;
    private SignalStatus status;
    private OffsetDateTime endedAt;
    private EndReason endReason;
    private LocalDate archivedUntil;

    Signal(
            SignalId id,
            YouthId youthId,
            ProfessionalId professionalId,
            OrganisationId organisationId,
            String regionCode,
            OffsetDateTime registeredAt,
            LocalDate activeUntil,
            SignalStatus status,
            OffsetDateTime endedAt,
            EndReason endReason,
            LocalDate archivedUntil) {
        this.id = id;
        this.youthId = youthId;
        this.professionalId = professionalId;
        this.organisationId = organisationId;
        this.regionCode = regionCode;
        this.registeredAt = registeredAt;
        this.activeUntil = activeUntil;
        this.status = status;
        this.endedAt = endedAt;
        this.endReason = endReason;
        this.archivedUntil = archivedUntil;
    }

    /** R-GROUNDS and R-ACTIVE-2Y: a new, active signal, for a professional who confirmed the grounds. */
    static Signal register(
            SignalId id,
            YouthId youth,
            ProfessionalId professional,
            OrganisationId organisation,
            String regionCode,
            boolean groundsConfirmed,
            Clock clock) {
        requireGroundsConfirmed(groundsConfirmed);
        OffsetDateTime now = Moments.now(clock);
        return new Signal(
                id,
                youth,
                professional,
                organisation,
                regionCode,
                now,
                LocalDate.now(clock).plusYears(ACTIVE_YEARS),
                SignalStatus.ACTIVE,
                null,
                null,
                null);
    }

    /**
     * R-ACTIVE-2Y: extending starts a new period of at most two years from today. Only an active signal can
     * be extended; an ended one is registered anew.
     */
    void extend(Clock clock) {
        if (status != SignalStatus.ACTIVE) {
            throw new DomainException(
                    Kind.CONFLICT,
                    "signal-not-active",
                    "Dit signaal is beëindigd en kan niet meer worden verlengd. Geef zo nodig een nieuw signaal af.");
        }
        activeUntil = LocalDate.now(clock).plusYears(ACTIVE_YEARS);
    }

    /**
     * R-TRANSFER: the signal moves to a colleague when the case does; its matches follow it. The colleague's
     * authority is checked by the caller (R-MELDER).
     */
    void transferTo(ProfessionalId colleague) {
        if (status != SignalStatus.ACTIVE) {
            throw new DomainException(
                    Kind.CONFLICT, "signal-not-active", "Een beëindigd signaal kan niet worden overgezet.");
        }
        if (colleague.equals(professionalId)) {
            throw new DomainException(
                    Kind.INVALID, "transfer-to-self", "Het signaal staat al op naam van deze professional.");
        }
        professionalId = colleague;
    }

    /** R-GROUNDS: only a professional who weighed the grounds may register. */
    static void requireGroundsConfirmed(boolean confirmed) {
        if (!confirmed) {
            throw new DomainException(
                    Kind.INVALID,
                    "grounds-not-confirmed",
                    "Bevestig dat u de gronden voor een signaal heeft afgewogen (Jeugdwet artikel 7.1.4.1).");
        }
    }

    /**
     * R-END: ends the signal. For a reason that archives (R-ARCHIVE-5Y) the signal moves to the archive
     * for 5 years; otherwise the caller deletes it.
     */
    void end(EndReason reason, Clock clock) {
        if (status != SignalStatus.ACTIVE) {
            throw new DomainException(Kind.CONFLICT, "signal-already-ended", "Dit signaal is al beëindigd.");
        }
        endedAt = Moments.now(clock);
        if (reason.archives()) {
            status = SignalStatus.ARCHIVED;
            endReason = reason;
            archivedUntil = LocalDate.now(clock).plusYears(ARCHIVE_YEARS);
        }
    }

    boolean isActive() {
        return status == SignalStatus.ACTIVE;
    }

    public SignalId id() {
        return id;
    }

    public YouthId youthId() {
        return youthId;
    }

    public ProfessionalId professionalId() {
        return professionalId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public String regionCode() {
        return regionCode;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public LocalDate activeUntil() {
        return activeUntil;
    }

    public SignalStatus status() {
        return status;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public EndReason endReason() {
        return endReason;
    }

    public LocalDate archivedUntil() {
        return archivedUntil;
    }

    @Override
    public String toString() {
        return "Signal[" + id + ", " + status + "]";
    }
}
