// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.shared.settings;

import java.util.List;
import java.util.stream.Collectors;

import nl.verwijsindex.shared.settings.RequiredSettings.Setting;

/** The start stopped because production settings are missing; the message names each of them. */
public class MissingSettingsException extends IllegalStateException {

    private final transient List<Setting> missing;

    MissingSettingsException(List<Setting> missing) {
        super("Missing settings: " + missing.stream().map(Setting::variable).collect(Collectors.joining(", "))
                + ". Set them (README, 'Configure for production'), or run the demo with ./mvnw spring-boot:run.");
        this.missing = List.copyOf(missing);
    }

    public List<Setting> missing() {
        return missing;
    }
}
