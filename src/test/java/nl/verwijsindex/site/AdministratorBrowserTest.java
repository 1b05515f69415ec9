// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's main path in the browser: the demo administrator adds an organisation in a covenant,
 * creates an account for its coordinator, who chooses her own password with the activation link from the e-mail
 * and logs in (the demo run needs no second factor).
 */
class AdministratorBrowserTest extends BrowserTest {

    @Test
    void theAdministratorAddsAnOrganisationCreatesAnAccountForItsCoordinatorAndThatAccountLogsIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Kinderpraktijk De Eik " + suffix;
        String username = "eik-" + suffix;
        String password = "eigen wachtwoord " + suffix;
        String email = "eva@eik-" + suffix + ".example";

        login("beheerder", "demo");
        waitForHeading("Welkom");
        check("start");
        clickLink("Regio's");
        waitForHeading("Regio's");
        assertThat(main()).contains("Regio Eemland", "Amersfoort", "Holland Rijnland", "Leiden");
        check("regions");

        clickLink("Organisaties");
        waitForHeading("Organisaties");
        assertThat(main()).contains("Jeugdteam Amersfoort", "Gemeentelijk jeugdteam");
        check("organisations");
        clickLink("Organisatie toevoegen");
        type("naam", organisation);
        type("kvk", "1234");
        submit();
        assertThat(main()).contains("Een KvK-nummer heeft 8 cijfers", "Kies de categorie", "Kies ten minste één regio");
        assertThat(driver.findElement(By.id("naam")).getAttribute("value")).isEqualTo(organisation);
        check("organisation-with-errors");
        type("kvk", "%08d".formatted(Math.abs(suffix.hashCode()) % 100_000_000));
        new Select(driver.findElement(By.id("categorie"))).selectByVisibleText("Jeugdhulpaanbieder");
        driver.findElement(By.id("regio-eemland")).click();
        type("coordinator", "Eva Eik");
        type("coordinatorEmail", "coordinator@eik-" + suffix + ".example");
        type("coordinatorTelefoon", "033 123 45 67");
        submit();
        waitForHeading("Organisaties");
        assertThat(main()).contains(organisation + " is toegevoegd.", organisation);
        check("organisation-added");

        clickLink("Accounts");
        waitForHeading("Accounts");
        assertThat(main()).contains("coordinator", "Jeugdteam Amersfoort", "Functioneel beheerder");
        check("accounts");
        clickLink("Account aanmaken");
        // Issue 16 item 9: only the field the chosen role needs shows, at once where scripts run.
        assertThat(driver.findElement(By.id("organisatie")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("[data-role-step]"))).isEmpty();
        type("gebruikersnaam", username);
        type("naam", "Eva Eik");
        driver.findElement(By.id("rol-REGION_COORDINATOR")).click();
        assertThat(driver.findElement(By.id("regio")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("organisatie")).isDisplayed()).isFalse();
        driver.findElement(By.id("rol-ORGANISATION_COORDINATOR")).click();
        assertThat(driver.findElement(By.id("organisatie")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("regio")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("gemeente")).isDisplayed()).isFalse();
        check("account-form-role-chosen");
        assertThat(driver.findElements(By.id("wachtwoord")))
                .as("the administrator chooses no password")
                .isEmpty();
        type("email", email);
        submit();
        assertThat(main()).contains("Kies de organisatie van de instellingscoördinator");
        check("account-with-errors");
        new Select(driver.findElement(By.id("organisatie"))).selectByVisibleText(organisation);
        submit();
        waitForHeading("Account " + username);
        assertThat(main())
                .contains("Het account " + username + " is aangemaakt", "Instellingscoördinator", organisation)
                .contains("Nog niet in gebruik genomen");
        check("account-created");
        logout();

        // Issue 12: Eva gets a link by e-mail and chooses her own password there (ADR 0035).
        open(activationPath(email));
        waitForHeading("Kies uw wachtwoord");
        assertThat(main()).contains(username);
        check("activation");
        type("nieuwWachtwoord", password);
        type("herhaling", password);
        submit();
        waitForHeading("Inloggen");
        assertThat(main()).contains("Uw account is klaar voor gebruik");
        login(username, password);
        waitForHeading("Welkom, Eva Eik");
        clickLink("Professionals");
        waitForHeading("Professionals van uw organisatie");
        assertThat(main()).contains("Uw organisatie heeft nog geen professionals");
        check("new-coordinator-logged-in");
        assertThat(visited).noneMatch(url -> url.contains(password.replace(" ", "")) || url.contains("wachtwoord="));
    }
}
