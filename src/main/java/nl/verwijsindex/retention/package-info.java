// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * Retention: the nightly sweep that applies the time rules (R-ACTIVE-2Y expiry to the archive,
 * R-ARCHIVE-5Y, R-AGE-23), deletions by the region coordinator with a decision (R-DELETE-ONLY-REGION),
 * deletion after a death the person register reports (R-DEATH), and the proofs of deletion (R-PROOF) for every deleted signal. Owns
 * {@code deletion_proof}. The signal module carries out the changes; this module decides when and keeps
 * the proof. Also the re-keying of stored blind indexes and ciphertexts to the current key (ADR 0022), which
 * spans the youth, logbook and person modules as these rules do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "youth", "directory", "signal", "person", "logbook"})
package nl.verwijsindex.retention;
