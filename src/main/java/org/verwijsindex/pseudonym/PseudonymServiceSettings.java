// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pseudonym service ({@code verwijsindex.pseudonym.*}).
 *
 * @param keysFile the key file: per recipient its sealing public key and its OPRF keys per version (never in a
 *     database; {@link RecipientKeys})
 * @param callers the parties (the CN of their client certificate) that may ask for an evaluation: the regional
 *     indexes; never a recipient
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param sealedValidity how long a sealed evaluation stays valid for its recipient
 * @param evaluationsPerCaller evaluations one party may ask for per {@code limitPeriod}; more get 429 (docs/adr/0027:
 *     a stolen region certificate must make trying all BSNs slow and loud)
 * @param limitPeriod the period of that limit, refilled evenly over it
 */
@ConfigurationProperties("verwijsindex.pseudonym")
record PseudonymServiceSettings(
        Path keysFile,
        @DefaultValue List<String> callers,
        @DefaultValue("4096") int maxBodyBytes,
        @DefaultValue("5m") Duration sealedValidity,
        @DefaultValue("72000") int evaluationsPerCaller,
        @DefaultValue("1h") Duration limitPeriod) {}
