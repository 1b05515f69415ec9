// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The command-line forms of the dry run that the README documents bind (issue 18). */
class ExchangePropertiesTest {

    private static ExchangeProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("verwijsindex.exchange", ExchangeProperties.class);
    }

    @Test
    void aBareDryRunOptionMeansADryRunAndNoOptionARealRun() {
        assertThat(bind(Map.of("verwijsindex.exchange.dry-run", "")).isDryRun()).isTrue();
        assertThat(bind(Map.of("verwijsindex.exchange.dry-run", "true")).isDryRun())
                .isTrue();
        assertThat(bind(Map.of("verwijsindex.exchange.dry-run", "false")).isDryRun())
                .isFalse();
        assertThat(bind(Map.of("verwijsindex.exchange.import-file", "oud.jsonl"))
                        .isDryRun())
                .isFalse();
    }

    @Test
    void aDryRunValueThatIsNotTrueOrFalseStopsTheStartInsteadOfBeingGuessed() {
        for (String unclear : new String[] {"no", "0", "off", "yes"}) {
            assertThatThrownBy(() -> bind(Map.of("verwijsindex.exchange.dry-run", unclear)))
                    .as(unclear)
                    .hasStackTraceContaining("verwijsindex.exchange.dry-run is empty (given bare), true or false");
        }
    }
}
