// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.verwijsindex.shared.settings.RequiredSettings.Setting;

/** Issue 12, safe by default: which production settings a start without the standalone run requires. */
class RequiredSettingsTest {

    @Test
    void withoutAnySettingEveryRequiredOneIsNamedByItsEnvironmentVariable() {
        assertThat(RequiredSettings.missing(new MockEnvironment()))
                .extracting(Setting::variable)
                .containsExactly(
                        "SPRING_DATASOURCE_URL",
                        "SPRING_MAIL_HOST",
                        "VERWIJSINDEX_NOTIFICATION_FROM",
                        "VERWIJSINDEX_NOTIFICATION_BASE_URL",
                        "VERWIJSINDEX_LOGBOOK_AUDIT_KEY",
                        "VERWIJSINDEX_KEYS_BLIND_INDEX_KEY",
                        "VERWIJSINDEX_KEYS_ENCRYPTION_KEY",
                        "VERWIJSINDEX_ACCOUNTS_SECOND_FACTOR_KEY");
    }

    @Test
    void aCompleteProductionConfigurationMissesNothingAndAKeyFileReplacesTheTwoKeys() {
        MockEnvironment environment = complete();
        assertThat(RequiredSettings.missing(environment)).isEmpty();

        environment.setProperty("verwijsindex.keys.blind-index-key", "");
        environment.setProperty("verwijsindex.keys.encryption-key", " ");
        assertThat(RequiredSettings.missing(environment))
                .extracting(Setting::variable)
                .containsExactly("VERWIJSINDEX_KEYS_BLIND_INDEX_KEY", "VERWIJSINDEX_KEYS_ENCRYPTION_KEY");
        environment.setProperty("verwijsindex.keys.file", "/run/secrets/verwijsindex-keys.properties");
        assertThat(RequiredSettings.missing(environment)).isEmpty();
    }

    @Test
    void theSecondFactorKeyIsOnlyNeededWhileASecondFactorIsRequired() {
        MockEnvironment environment = complete().withProperty("verwijsindex.accounts.second-factor-key", "");
        assertThat(RequiredSettings.missing(environment))
                .extracting(Setting::variable)
                .containsExactly("VERWIJSINDEX_ACCOUNTS_SECOND_FACTOR_KEY");
        environment.setProperty("verwijsindex.accounts.second-factor-required", "false");
        assertThat(RequiredSettings.missing(environment)).isEmpty();
    }

    @Test
    void theStandaloneRunBringsItsOwnDatabaseMailAndKeys() {
        assertThat(RequiredSettings.missing(
                        new MockEnvironment().withProperty("verwijsindex.standalone.enabled", "true")))
                .isEmpty();
    }

    static MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/verwijsindex")
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("verwijsindex.notification.from", "verwijsindex@example.org")
                .withProperty("verwijsindex.notification.base-url", "https://verwijsindex.example.org")
                .withProperty("verwijsindex.logbook.audit-key", "a2V5")
                .withProperty("verwijsindex.keys.blind-index-key", "a2V5")
                .withProperty("verwijsindex.keys.encryption-key", "a2V5")
                .withProperty("verwijsindex.accounts.second-factor-key", "a2V5");
    }
}
