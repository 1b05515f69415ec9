// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the national index ({@code verwijsindex.hub.*}).
 *
 * @param keysFile the hub's key file: per key version its sealing key pair and HMAC key ({@link HubKeys}); never in
 *     the database
 * @param regions the regions (the CN of their client certificate) that may send signals and fetch an inbox
 * @param recipient the hub's own name at the pseudonym service; a sealed evaluation for another name is refused
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param messageRetention how long an applied message id is remembered, so a replay within it changes nothing
 * @param inboxMaxLimit the most deliveries one inbox call returns
 */
@ConfigurationProperties("verwijsindex.hub")
record HubSettings(
        Path keysFile,
        @DefaultValue List<String> regions,
        @DefaultValue("national-index") String recipient,
        @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("30d") Duration messageRetention,
        @DefaultValue("500") int inboxMaxLimit) {}
