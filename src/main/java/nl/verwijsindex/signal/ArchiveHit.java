// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import java.time.OffsetDateTime;

import nl.verwijsindex.directory.ProfessionalContact;

/**
 * R-ARCHIVE-HIT: an earlier, archived signal on the same youth, shown once to the professional who newly
 * registers. Its own professional is not told.
 */
public record ArchiveHit(
        SignalId archivedSignalId,
        ProfessionalContact professional,
        OffsetDateTime registeredAt,
        OffsetDateTime endedAt) {}
