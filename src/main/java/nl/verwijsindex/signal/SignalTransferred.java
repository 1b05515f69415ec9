// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.directory.ProfessionalId;

/** R-TRANSFER: a signal moved from one professional to a colleague. Ids only. */
public record SignalTransferred(SignalId signalId, ProfessionalId from, ProfessionalId to) {}
