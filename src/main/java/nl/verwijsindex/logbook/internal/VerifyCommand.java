// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.logbook.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import nl.verwijsindex.logbook.ChainCheck;

/**
 * The verification command (README, "The logbook"): started with {@code --verwijsindex.logbook.verify}, the
 * application checks every chain and the checkpoints in the checkpoint file, prints the outcome (each chain's first
 * broken link and each checkpoint that does not match, if any) and exits with status 0 when intact and 1 when not.
 */
@Component
class VerifyCommand implements ApplicationRunner {

    static final String OPTION = "verwijsindex.logbook.verify";

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;
    private final LogbookProperties properties;

    VerifyCommand(ChainVerifier verifier, ConfigurableApplicationContext context, LogbookProperties properties) {
        this.verifier = verifier;
        this.context = context;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean asked = args.containsOption(OPTION)
                || (properties.verify() != null && !properties.verify().equals("false"));
        if (!asked) {
            return;
        }
        ChainCheck check = verifier.verifyWithCheckpoints();
        System.out.println(check);
        int status = SpringApplication.exit(context, () -> check.intact() ? 0 : 1);
        System.exit(status);
    }
}
