// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the national index ({@code verwijsindex.hub.*}).
 *
 * @param keysFile the hub's key file: per key version its sealing key pair and HMAC key ({@link HubKeys}); never in
 *     the database
 * @param regions the regions (the CN of their client certificate) that may send signals and fetch an inbox
 * @param administrators the hub's operators (the CN of their client certificate) that may use {@code /v1/admin/**}:
 *     the state of the key versions and retiring one (docs/adr/0045); none by default, so the admin API is closed
 * @param regionNames per region (CN) its display name, e.g. {@code region-names.region-7=Regio Utrecht}, delivered
 *     with each match so the professional sees the name, not the code; a region without one is shown by its code
 * @param recipient the hub's own name at the pseudonym service; a sealed evaluation for another name is refused
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param messageRetention how long an applied message id is remembered, so a replay within it changes nothing
 * @param inboxMaxLimit the most deliveries one inbox call returns
 */
@ConfigurationProperties("verwijsindex.hub")
record HubSettings(
        Path keysFile,
        @DefaultValue List<String> regions,
        @DefaultValue List<String> administrators,
        Map<String, String> regionNames,
        @DefaultValue("national-index") String recipient,
        @DefaultValue("16384") int maxBodyBytes,
        @DefaultValue("30d") Duration messageRetention,
        @DefaultValue("500") int inboxMaxLimit) {

    /** The region's display name, or null when none is set. */
    String regionName(String region) {
        return regionNames == null ? null : regionNames.get(region);
    }
}
