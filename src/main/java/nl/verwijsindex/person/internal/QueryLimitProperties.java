// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code verwijsindex.person.query-limits.*}: how many searches in the person register by name and birth date
 * (R-BSN-HIDDEN) an organisation and a professional may make per period, so nobody can use the index to look
 * people up (issue 12 §2).
 */
@ConfigurationProperties("verwijsindex.person.query-limits")
record QueryLimitProperties(
        @DefaultValue("200") int perOrganisation,
        @DefaultValue("20") int perProfessional,
        @DefaultValue("1h") Duration period) {

    QueryLimitProperties {
        if (perOrganisation < 1 || perProfessional < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(
                    "verwijsindex.person.query-limits: per-organisation and per-professional at least 1, period positive");
        }
    }
}
