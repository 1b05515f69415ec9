// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The regional index's view of the national index (issue 14, docs/adr/0033): {@link
 * org.verwijsindex.national.client.NationalIndex}, which takes a signal's state with the BSNs in memory, has each
 * pseudonym evaluated blind by the pseudonym service, and sends only sealed pseudonyms to the hub. Plain Java; the
 * regional index wires an implementation, tests may use another.
 */
package org.verwijsindex.national.client;
