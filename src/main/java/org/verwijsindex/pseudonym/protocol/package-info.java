// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The pseudonym protocol between the regional index, the pseudonym service and the national index
 * (docs/adr/0026): the OPRF input for a BSN, the evaluation sealed to the recipient, and the recipient's keyed
 * pseudonym. Plain Java, used by all three parties; no Spring, no HTTP.
 */
package org.verwijsindex.pseudonym.protocol;
