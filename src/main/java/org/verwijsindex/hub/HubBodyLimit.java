// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.hub;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.verwijsindex.party.BodyLimitFilter;

/** Refuses a body over {@code verwijsindex.hub.max-body-bytes} with 413 {@code payload-too-large}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HubBodyLimit extends BodyLimitFilter {

    HubBodyLimit(HubSettings settings) {
        super(settings.maxBodyBytes(), HubProblemAdvice.json(HubProblem.PAYLOAD_TOO_LARGE.detail()));
    }
}
