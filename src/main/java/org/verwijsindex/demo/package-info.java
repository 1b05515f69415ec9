// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

/**
 * The two-region demo of the national index (issue 14, README "Two regions and the national index"): one command
 * that starts the pseudonym service, the hub and two regional indexes on this machine, each with its own embedded
 * PostgreSQL, with a throw-away certificate authority for their mutual TLS. Never for real data: the certificates
 * and keys it makes are for this machine's demo only.
 */
package org.verwijsindex.demo;
