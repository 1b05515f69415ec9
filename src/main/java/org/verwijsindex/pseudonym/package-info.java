// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The pseudonym service of the national index (issue 14, docs/adr/0026): a Spring Boot application of its own that
 * evaluates blinded OPRF inputs with one key per recipient and key version and seals the result to the recipient.
 * It stores nothing, has no database, and logs only which party asked for which recipient and key version. It is
 * outside {@code nl.verwijsindex}, so the regional application never scans it, and it starts none of the regional
 * application's parts.
 */
package org.verwijsindex.pseudonym;
