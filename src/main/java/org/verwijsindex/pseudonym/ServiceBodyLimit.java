// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.pseudonym;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.verwijsindex.party.BodyLimitFilter;

/** Refuses a body over {@code verwijsindex.pseudonym.max-body-bytes} with 413 {@code payload-too-large}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceBodyLimit extends BodyLimitFilter {

    ServiceBodyLimit(PseudonymServiceSettings settings) {
        super(settings.maxBodyBytes(), PseudonymProblemAdvice.json(tooLarge()));
    }

    static ProblemDetail tooLarge() {
        return PseudonymProblemAdvice.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Verzoek te groot",
                "Het verzoek is groter dan de pseudoniemendienst aanneemt.");
    }
}
