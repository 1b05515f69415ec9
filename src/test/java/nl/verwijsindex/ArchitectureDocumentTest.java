// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * docs/architecture.md describes the module graph as the code declares it (issue 11): the table's column of
 * allowed dependencies and the diagram's solid arrows are each module's {@code allowedDependencies}, so the
 * document cannot drift from the {@code package-info.java} files again.
 */
class ArchitectureDocumentTest {

    private static final Path DOCUMENT = Path.of("docs/architecture.md");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern ARROW = Pattern.compile("(?m)^\\s+([a-z]+) --> ([a-z]+)\\s*$");

    @Test
    void theModuleTableAndDiagramShowTheDeclaredDependencies() throws IOException {
        Map<String, Set<String>> declared = declared();
        String document = Files.readString(DOCUMENT);

        Map<String, Set<String>> table = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(document);
        while (row.find()) {
            if (declared.containsKey(row.group(1))) {
                table.put(row.group(1), names(row.group(2)));
            }
        }
        assertThat(table)
                .as("the table in " + DOCUMENT + " (allowed dependencies column)")
                .isEqualTo(declared);

        Map<String, Set<String>> arrows = new TreeMap<>();
        declared.keySet().forEach(module -> arrows.put(module, new TreeSet<>()));
        Matcher arrow = ARROW.matcher(document);
        while (arrow.find()) {
            arrows.computeIfAbsent(arrow.group(1), m -> new TreeSet<>()).add(arrow.group(2));
        }
        Map<String, Set<String>> withoutShared = new TreeMap<>();
        declared.forEach((module, dependencies) -> {
            Set<String> edges = new TreeSet<>(dependencies);
            edges.remove("shared");
            withoutShared.put(module, edges);
        });
        assertThat(arrows)
                .as("the diagram's solid arrows in " + DOCUMENT + " (shared left out)")
                .isEqualTo(withoutShared);
    }

    private static Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (var module : ArchitectureTest.MODULES) {
            String name = module.getIdentifier().toString();
            if (!name.equals("shared")) {
                ApplicationModule annotation =
                        packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
                declared.put(name, new TreeSet<>(Set.of(annotation.allowedDependencies())));
            }
        }
        return declared;
    }

    private static Class<?> packageInfo(String packageName) {
        try {
            return Class.forName(packageName + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no package-info.java in " + packageName, e);
        }
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher name = Pattern.compile("`([a-z]+)`").matcher(cell);
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
