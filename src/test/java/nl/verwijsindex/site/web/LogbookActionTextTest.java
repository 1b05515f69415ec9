// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.verwijsindex.logbook.LogbookEntry.Action;

/** R-LOGBOOK, issue 16 item 10: the data protection officer reads every kind of logbook line in Dutch. */
class LogbookActionTextTest {

    @Test
    void R_LOGBOOK_everyActionHasADutchTextAndNoneShowsItsCode() {
        assertThat(Arrays.stream(Action.values()).filter(a -> !LogbookActionText.hasText(a)))
                .as("actions without a Dutch text")
                .isEmpty();
        assertThat(LogbookActionText.label("SIGNALS_VIEWED")).isEqualTo("Signalen bekeken");
        assertThat(LogbookActionText.label("NO_SUCH_ACTION")).isEqualTo("Andere handeling");
    }
}
