// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * What the national index's own applications, the pseudonym service and the hub (issue 14), share: starting beside
 * the regional index on one classpath without its environment, letting in only listed parties by their client
 * certificates, and refusing oversized bodies. Each application keeps its own settings and problem texts.
 */
package org.verwijsindex.party;
