// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.national.protocol;

import java.util.UUID;

/**
 * {@code POST /v1/signals/{signalRef}/forget}: the signal left the region's index. The hub deletes what it held (its
 * pseudonyms, contact card, pending deliveries about it) and keeps a proof without personal data: region, signal
 * reference, rule and moment (R-PROOF). Forgetting a signal the hub never held, or forgot before, is answered with
 * the same proof or a fresh one, never an error: the region's outbox may send it twice.
 *
 * @param ruleId the RULES.md id of the rule that deleted it: R-AGE-23, R-DEATH, R-ARCHIVE-5Y, R-DELETE-ONLY-REGION,
 *               R-END-UNJUSTIFIED, R-REQUEST (an erasure request)
 */
public record ForgetMessage(UUID messageId, long sequence, String ruleId) {}
