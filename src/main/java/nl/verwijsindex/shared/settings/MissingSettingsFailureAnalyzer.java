// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.settings;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing settings as Spring Boot prints any failed start: what is wrong, and what to do. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MissingSettingsException cause) {
        String list = cause.missing().stream()
                .map(s -> "    " + s.variable() + " (" + s.property() + "): " + s.meaning())
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "The Verwijsindex needs these settings to start outside the demo:\n" + list,
                "Set each of them (environment variables or properties; README, 'Configure for production'). "
                        + "To try the index without them, run the demo: ./mvnw spring-boot:run",
                cause);
    }
}
