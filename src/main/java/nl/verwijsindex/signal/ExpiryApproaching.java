// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.LocalDate;

/** R-ACTIVE-2Y: a signal ends on {@code activeUntil} unless its professional extends it. Ids and the date only. */
public record ExpiryApproaching(SignalId signalId, LocalDate activeUntil) {}
