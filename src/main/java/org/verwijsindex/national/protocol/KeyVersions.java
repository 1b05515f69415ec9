// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.util.Map;

/**
 * {@code GET /v1/region/key-versions}: how far the calling region's round of a key rotation is (docs/adr/0032). Counts
 * of the region's own signals only.
 *
 * @param currentKeyVersion          the version new reports should carry: the highest the hub holds keys of
 * @param signalsPerKeyVersion       per key version, how many of the region's signals the hub holds a pseudonym of it for
 * @param signalsWithoutCurrentVersion the region's signals the hub holds no pseudonym of the current version for: what
 *                                   the region still has to send again
 */
public record KeyVersions(
        int currentKeyVersion, Map<Integer, Long> signalsPerKeyVersion, long signalsWithoutCurrentVersion) {}
