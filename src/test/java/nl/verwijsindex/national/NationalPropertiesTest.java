// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** R-NATIONAL: taking part in the national index needs its five settings, or the start fails naming the missing. */
class NationalPropertiesTest {

    @Test
    void R_NATIONAL_enabledWithoutItsSettingsFailsNamingEachMissingOne() {
        assertThatThrownBy(() -> properties(true, null, "ftp://x", " ", null, null))
                .hasMessageContainingAll(
                        "verwijsindex.national.enabled=true",
                        "verwijsindex.national.hub-url",
                        "verwijsindex.national.pseudonym-service-url",
                        "verwijsindex.national.ssl-bundle",
                        "verwijsindex.national.recipient",
                        "verwijsindex.national.key-version");
        assertThatThrownBy(() -> properties(true, "https://hub.example", "https://ps.example", "b", "hub", null))
                .hasMessageContaining("verwijsindex.national.key-version")
                .message()
                .doesNotContain("hub-url");
        assertThatCode(() -> properties(true, "https://hub.example", "https://ps.example", "b", "hub", 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> properties(false, null, null, null, null, null))
                .as("off, nothing is needed")
                .doesNotThrowAnyException();
    }

    @Test
    void R_NATIONAL_theStartStopsWithTheMessageWhenEnabledWithoutSettings() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of())
                .withUserConfiguration(Bind.class)
                .withPropertyValues("verwijsindex.national.enabled=true", "verwijsindex.national.recipient=hub")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("verwijsindex.national.hub-url")
                        .hasMessageNotContaining("verwijsindex.national.recipient"));
    }

    private static NationalProperties properties(
            boolean enabled, String hub, String pseudonyms, String bundle, String recipient, Integer version) {
        return new NationalProperties(
                enabled,
                hub,
                pseudonyms,
                bundle,
                recipient,
                version,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                100,
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofSeconds(10));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NationalProperties.class)
    static class Bind {}
}
