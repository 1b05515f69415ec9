// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The wire format between a regional index and the national index (the hub), issue 14, docs/adr/0033: JSON records
 * over mutual TLS, the party being the CN of its client certificate. Plain Java records, used by the hub's
 * controllers and the regional client alike; no Spring, no HTTP. Nothing here holds a BSN: a youth and a parent
 * travel as a {@link org.verwijsindex.national.protocol.SealedPseudonym} only.
 */
package org.verwijsindex.national.protocol;
