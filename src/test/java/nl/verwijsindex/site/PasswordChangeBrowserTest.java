// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * ADR 0015 in the browser: the demo administrator logs in with the published password as it is, creates an
 * account and, as for someone who lost the activation e-mail, a temporary password; that person logs in, must
 * choose their own password before anything else opens, lands on their start page, and later changes it under "Mijn account".
 */
class PasswordChangeBrowserTest extends BrowserTest {

    @Test
    void aPersonGivenATemporaryPasswordChoosesTheirOwnAtTheFirstLoginAndCanChangeItLater() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "nieuw-" + suffix;
        String temporary = "tijdelijk " + suffix + " wachtwoord";
        String own = "mijn eigen wachtwoord " + suffix;
        String later = "een later wachtwoord " + suffix;

        login("beheerder", "demo");
        waitForHeading("Welkom");
        clickLink("Accounts");
        waitForHeading("Accounts");
        clickLink("Account aanmaken");
        type("gebruikersnaam", username);
        type("naam", "Nora Nieuw");
        driver.findElement(By.id("rol-ADMINISTRATOR")).click();
        type("email", username + "@beheer.example");
        submit();
        waitForHeading("Account " + username);
        // The account waits for its activation link (ADR 0035); the person says they lost the e-mail, so the
        // administrator sets a temporary password instead (ADR 0015).
        type("wachtwoord", temporary);
        WebElement section = driver.findElement(By.xpath("//section[@aria-labelledby='wachtwoord-kop']"));
        clickAndWait(section.findElement(By.cssSelector("button[type=submit]")));
        assertThat(main()).contains("Het nieuwe tijdelijke wachtwoord is ingesteld");
        logout();

        login(username, temporary);
        waitForHeading("Kies een nieuw wachtwoord");
        check("choose-new-password");
        open("/beheer/accounts");
        assertThat(heading()).as("nothing else opens before the change").isEqualTo("Kies een nieuw wachtwoord");

        type("nieuwWachtwoord", "te kort");
        type("herhaling", "iets anders");
        submit();
        assertThat(main()).contains("ten minste 12 tekens", "De twee wachtwoorden zijn niet gelijk");
        assertThat(driver.findElement(By.id("nieuwWachtwoord")).getAttribute("value"))
                .as("never shown back")
                .isEmpty();
        assertThat(driver.findElement(By.id("herhaling")).getAttribute("value")).isEmpty();
        check("new-password-with-errors");
        type("nieuwWachtwoord", temporary);
        type("herhaling", temporary);
        submit();
        assertThat(main()).contains("Kies een ander wachtwoord dan het tijdelijke wachtwoord");
        type("nieuwWachtwoord", own);
        type("herhaling", own);
        submit();
        waitForHeading("Welkom, Nora Nieuw");
        check("start-after-new-password");

        clickLink("Mijn account");
        waitForHeading("Wachtwoord wijzigen");
        check("own-password");
        type("huidigWachtwoord", temporary);
        type("nieuwWachtwoord", later);
        type("herhaling", later);
        submit();
        assertThat(main()).contains("Uw huidige wachtwoord klopt niet");
        check("own-password-wrong-current");
        type("huidigWachtwoord", own);
        type("nieuwWachtwoord", later);
        type("herhaling", later);
        submit();
        assertThat(main()).contains("Uw wachtwoord is gewijzigd");
        check("own-password-changed");
        logout();

        login(username, own);
        waitForHeading("Inloggen");
        assertThat(main()).contains("Inloggen is niet gelukt");
        login(username, later);
        waitForHeading("Welkom, Nora Nieuw");
        assertThat(visited)
                .noneMatch(url -> url.contains("wachtwoord=")
                        || url.contains(suffix + "%20")
                        || url.contains(own.replace(" ", "+")));
    }
}
