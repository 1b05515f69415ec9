// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.signal;

import nl.verwijsindex.youth.YouthId;

/**
 * R-REQUEST: the youth's processing was restricted, or the restriction lifted. Published in the transaction that
 * changed it, for listeners that must follow in that transaction (the national index's outbox: a restricted youth's
 * signals make no matches across regions either). Id only.
 */
public record ProcessingRestrictionChanged(YouthId youthId, boolean restricted) {}
