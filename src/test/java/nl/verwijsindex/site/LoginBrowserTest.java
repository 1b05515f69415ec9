// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.NewAccount;

/** Logging in and out, the lockout, and every role's start page, in the browser. */
class LoginBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountAndLogoutEndsTheSession() {
        Fixtures fixtures = new Fixtures(context);
        Fixtures.Professional professional = fixtures.professional(fixtures.organisation(fixtures.region(false)));
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), "the right password", professional.id()));

        open("/");
        check("start-not-logged-in");
        login(username, "wrong password");
        waitForHeading("Inloggen");
        assertThat(main()).contains("Inloggen is niet gelukt");
        check("wrong-password");
        for (int i = 2; i <= 5; i++) {
            login(username, "wrong password " + i);
        }
        assertThat(main()).contains("Inloggen is niet gelukt");
        check("locked");
        login(username, "the right password");
        assertThat(main()).contains("Inloggen is niet gelukt");

        login("joost", "demo");
        waitForHeading("Welkom, Joost van Dam");
        check("professional-start");
        logout();
        assertThat(main()).contains("U bent uitgelogd");
        check("logged-out");
        open("/signalen");
        waitForHeading("Inloggen");
    }

    @Test
    void everyRoleLogsInToItsOwnStartPageAndOnlyProfessionalsOpenSignals() {
        String[][] roles = {
            {"coordinator", "instellingscoördinator"},
            {"regievoerder", "regievoerder van de gemeente"},
            {"regiocoordinator", "regiocoördinator"},
            {"beheerder", "functioneel beheerder"}
        };
        for (String[] role : roles) {
            login(role[0], "demo");
            waitForHeading("Welkom");
            assertThat(main()).contains(role[1]);
            check("start-" + role[0]);
            open("/signalen");
            waitForHeading("Geen toegang");
            check("no-access-" + role[0]);
            open("/");
            logout();
        }
    }
}
