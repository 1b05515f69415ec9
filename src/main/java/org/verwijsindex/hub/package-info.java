// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The national index, the hub (issue 14, docs/adr/0033): a Spring Boot application of its own, with its own database
 * schema, that takes the regions' signals as sealed pseudonyms, keys them with an HMAC key of its own, matches across
 * regions (youth, family, archive hit, move) and keeps each region's deliveries until the region fetches them. It
 * never holds a BSN or an OPRF key and offers no search. It is outside {@code nl.verwijsindex}, so the regional
 * application never scans it, and it starts none of the regional application's parts.
 */
package org.verwijsindex.hub;
