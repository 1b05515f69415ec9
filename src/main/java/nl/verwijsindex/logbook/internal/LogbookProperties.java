// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param auditKey       base64 of at least 32 random bytes: the HMAC key of the audit reference to a youth, distinct
 *                       from the blind-index key and never touched by deletion (ADR 0021)
 * @param retention      how long entries are kept (default 5 years, NEN 7513; ADR 0021)
 * @param checkpointDir  where the daily checkpoint (the chain's head) is appended; empty: only logged
 * @param verifyTime     when the nightly chain check runs
 * @param checkpointTime when the daily checkpoint is written and old entries are removed
 * @param verify         set (for example {@code --verwijsindex.logbook.verify}) to check the chain and exit
 */
@ConfigurationProperties("verwijsindex.logbook")
public record LogbookProperties(
        String auditKey,
        @DefaultValue("P5Y") Period retention,
        Path checkpointDir,
        @DefaultValue("03:15") LocalTime verifyTime,
        @DefaultValue("03:45") LocalTime checkpointTime,
        String verify) {}
