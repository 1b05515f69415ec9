// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.settings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Safe by default (issue 12): outside the standalone run (the demo's and the tests' embedded database, SMTP
 * server and keys) the application starts only with the settings production needs, and a start without them
 * stops at once with one message that names every missing setting by its environment variable, instead of a
 * half-started service or a stack trace about a driver class.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

    /** One setting production needs: the property, its environment variable, and what it is for. */
    public record Setting(String property, String variable, String meaning) {}

    static final List<Setting> ALWAYS = List.of(
            new Setting("spring.datasource.url", "SPRING_DATASOURCE_URL", "the PostgreSQL database (15 or newer)"),
            new Setting("spring.mail.host", "SPRING_MAIL_HOST", "the SMTP relay for notice e-mails"),
            new Setting(
                    "verwijsindex.notification.from",
                    "VERWIJSINDEX_NOTIFICATION_FROM",
                    "the sender address of notices"),
            new Setting(
                    "verwijsindex.notification.base-url",
                    "VERWIJSINDEX_NOTIFICATION_BASE_URL",
                    "the address where professionals log in"),
            new Setting(
                    "verwijsindex.logbook.audit-key",
                    "VERWIJSINDEX_LOGBOOK_AUDIT_KEY",
                    "base64 of 32 random bytes, for the logbook's audit reference to a youth (ADR 0021)"));
    static final Setting BLIND_INDEX_KEY = new Setting(
            "verwijsindex.keys.blind-index-key",
            "VERWIJSINDEX_KEYS_BLIND_INDEX_KEY",
            "base64 of 32 random bytes (or VERWIJSINDEX_KEYS_FILE)");
    static final Setting ENCRYPTION_KEY = new Setting(
            "verwijsindex.keys.encryption-key",
            "VERWIJSINDEX_KEYS_ENCRYPTION_KEY",
            "base64 of 32 random bytes (or VERWIJSINDEX_KEYS_FILE)");
    static final Setting SECOND_FACTOR_KEY = new Setting(
            "verwijsindex.accounts.second-factor-key",
            "VERWIJSINDEX_ACCOUNTS_SECOND_FACTOR_KEY",
            "base64 of 32 random bytes, for the stored second factors");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Setting> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    /** The settings that are missing; none in the standalone run, which brings its own. */
    public static List<Setting> missing(Environment environment) {
        if (environment.getProperty("verwijsindex.standalone.enabled", Boolean.class, false)) {
            return List.of();
        }
        List<Setting> missing = new ArrayList<>();
        for (Setting setting : ALWAYS) {
            if (blank(environment, setting.property())) {
                missing.add(setting);
            }
        }
        // ADR 0022: with a key ring (current-id set) the single pair of key id 1 may be gone.
        if (blank(environment, "verwijsindex.keys.file") && blank(environment, "verwijsindex.keys.current-id")) {
            if (blank(environment, BLIND_INDEX_KEY.property())) {
                missing.add(BLIND_INDEX_KEY);
            }
            if (blank(environment, ENCRYPTION_KEY.property())) {
                missing.add(ENCRYPTION_KEY);
            }
        }
        if (environment.getProperty("verwijsindex.accounts.second-factor-required", Boolean.class, true)
                && blank(environment, SECOND_FACTOR_KEY.property())) {
            missing.add(SECOND_FACTOR_KEY);
        }
        return List.copyOf(missing);
    }

    private static boolean blank(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
