// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;

/**
 * R-INFORM: the professional of the signal is reminded to inform the youth or the legal representative: because
 * the day to look again at a postponement came ({@code lookAgainOn}), or because a match was made before they
 * recorded informing ({@code lookAgainOn} is {@code null}). Since issue 18 a match's reminders are made in the
 * notices' own transaction ({@link SignalInforming#remindOnMatch}); the {@code null} form is only what an earlier
 * version left in the publication registry.
 */
public record InformingDue(SignalId signalId, LocalDate lookAgainOn) {}
