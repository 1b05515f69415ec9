// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.exchange;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issue 18, ADR 0031. The first four are commands rather than settings to keep: given on the command line, the
 * application imports or exports and exits (README, "Import and export").
 *
 * @param importFile an exchange file to import, then exit
 * @param dryRun     with {@code importFile}: only check the whole file and write the report, change nothing; given
 *                   as a bare {@code --verwijsindex.exchange.dry-run} (the README's form, an empty value) or
 *                   {@code =true}; a text so that the bare form binds, which a boolean refuses
 * @param reportFile where the report of an import goes (line, field, reason); default the import file's name
 *                   with {@code .rapport.csv}
 * @param exportFile write the whole index to this file in the exchange format, then exit
 * @param sourceName the name this index gives itself in the header of an export; an import into another index
 *                   tells by it which matches were already made here
 */
@ConfigurationProperties("verwijsindex.exchange")
public record ExchangeProperties(
        Path importFile,
        String dryRun,
        Path reportFile,
        Path exportFile,
        @DefaultValue("verwijsindex") String sourceName) {

    /**
     * The option given bare (empty) means a dry run, as {@code true} does; {@code false} or leaving it out means a
     * real import. Anything else ({@code no}, {@code 0}, {@code off}) is refused at start: a real import is not to be
     * started, nor skipped, on a value whose meaning an operator could guess wrong.
     */
    public ExchangeProperties {
        if (dryRun != null
                && !dryRun.isBlank()
                && !"true".equalsIgnoreCase(dryRun.strip())
                && !"false".equalsIgnoreCase(dryRun.strip())) {
            throw new IllegalArgumentException("verwijsindex.exchange.dry-run is empty (given bare), true or false;"
                    + " leave it out for a real import");
        }
    }

    /** Whether the import only checks: the option given bare or {@code true}. */
    public boolean isDryRun() {
        return dryRun != null && !"false".equalsIgnoreCase(dryRun.strip());
    }
}
