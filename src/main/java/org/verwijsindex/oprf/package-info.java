// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The oblivious pseudorandom function of the national index: RFC 9497 in mode OPRF with the suite
 * ristretto255-SHA512, on libsodium's ristretto255 (through lazysodium). Shared by the regional index (blind),
 * the pseudonym service (evaluate) and the national index (unblind); knows nothing of BSNs, signals or Spring.
 * Outside {@code nl.verwijsindex} on purpose, so that the regional application neither scans nor models it as a
 * module (docs/adr/0026).
 */
package org.verwijsindex.oprf;
