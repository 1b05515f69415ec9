// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Issue 13, "The contract": every {@code verwijsindex.*} setting the application reads is documented in the
 * README's settings section ("Run it in production"), as the environment variable an operator sets. Found
 * from the sources: {@code @ConfigurationProperties} records (reflectively, one setting per component),
 * {@code @Value("${verwijsindex...}")}, {@code @ConditionalOnProperty} names and {@code getProperty} calls.
 */
class ReadmeSettingsTest {

    private static final Pattern READ_KEY =
            Pattern.compile("(?:\\$\\{|getProperty\\(\"|name = \")(verwijsindex\\.[a-z0-9.-]+[a-z0-9])");
    private static final Pattern PROPERTIES_CLASS =
            Pattern.compile("@ConfigurationProperties\\(\"(verwijsindex\\.[a-z0-9.-]+)\"\\)");

    @Test
    void everySettingTheApplicationReadsIsInTheReadmeSettingsSection() throws Exception {
        Set<String> keys = settingsReadByTheApplication();
        String section = settingsSection();

        assertThat(keys)
                .as("the scan finds settings of every kind")
                .contains(
                        "verwijsindex.notification.retry-interval",
                        "verwijsindex.notification.retry-backoff",
                        "verwijsindex.person.brp.read-timeout",
                        "verwijsindex.api.max-payload-bytes",
                        "verwijsindex.standalone.enabled");
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!documented(environmentVariable(key), section)) {
                missing.add(environmentVariable(key) + " (" + key + ")");
            }
        }
        assertThat(missing)
                .as("settings missing from the README's 'Run it in production' section: add each with its meaning "
                        + "and default")
                .isEmpty();
    }

    /** The pseudonym service (issue 14) is its own application: its settings are in the README's own section. */
    @Test
    void everySettingOfThePseudonymServiceIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        for (String key : settingsRead(Path.of("src/main/java/org/verwijsindex"))) {
            if (!documented(environmentVariable(key), readme) && !readme.contains(key)) {
                missing.add(environmentVariable(key) + " (" + key + ")");
            }
        }
        assertThat(missing)
                .as("pseudonym service settings missing from the README")
                .isEmpty();
    }

    /** The regional index's settings: everything under nl.verwijsindex. */
    static Set<String> settingsReadByTheApplication() throws IOException, ClassNotFoundException {
        return settingsRead(Path.of("src/main/java/nl/verwijsindex"));
    }

    static Set<String> settingsRead(Path scanned) throws IOException, ClassNotFoundException {
        Set<String> keys = new TreeSet<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(scanned)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher read = READ_KEY.matcher(text);
                while (read.find()) {
                    keys.add(read.group(1));
                }
                Matcher properties = PROPERTIES_CLASS.matcher(text);
                if (properties.find()) {
                    String className = sources.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replaceAll("\\.java$", "");
                    keys.addAll(bound(Class.forName(className)));
                }
            }
        }
        return keys;
    }

    /** The settings a @ConfigurationProperties record binds: its prefix and each component in kebab case. */
    private static List<String> bound(Class<?> type) {
        String prefix = type.getAnnotation(ConfigurationProperties.class).value();
        assertThat(type.isRecord())
                .as(type + " is a record (the scan reads its components)")
                .isTrue();
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            keys.add(prefix + "."
                    + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /**
     * Named whole, or in a table row that names a sibling whole and this one by its distinct end, as in
     * "`VERWIJSINDEX_PERSON_BRP_CONNECT_TIMEOUT`, `_READ_TIMEOUT`".
     */
    static boolean documented(String variable, String section) {
        if (Pattern.compile("\\b" + variable + "\\b").matcher(section).find()) {
            return true;
        }
        for (String row : section.lines().filter(l -> l.startsWith("|")).toList()) {
            for (int i = variable.indexOf('_'); i > 0; i = variable.indexOf('_', i + 1)) {
                if (row.contains("`" + variable.substring(i) + "`") && row.contains("`" + variable.substring(0, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String settingsSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Run it in production");
        assertThat(start).as("README has a 'Run it in production' section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
