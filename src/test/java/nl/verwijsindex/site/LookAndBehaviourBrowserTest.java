// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, "Look and behaviour" (items 12 to 15), in the browser: the theme as the browser applied it, error pages
 * in the site's layout, form errors, phone links, the login page's advice and the lettered grounds. Each step has
 * its screenshot and axe check (see {@link BrowserTest}).
 */
class LookAndBehaviourBrowserTest extends BrowserTest {

    private static final String BROWSER_BLUE = "rgb(0, 0, 238)";
    private static final String BROWSER_PURPLE = "rgb(85, 26, 139)";

    private static String themeCheck;

    @BeforeAll
    static void readThemeCheck() throws IOException {
        try (InputStream in = LookAndBehaviourBrowserTest.class.getResourceAsStream("/browser/theme-check.js")) {
            themeCheck = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void item12_everyPageHasOneFontFamilyEveryTokenItsComponentsReadAndAMarkedCurrentMenuItem() {
        open("/inloggen");
        themeIsComplete("login", false);
        login("sanne", "demo");
        waitForHeading("Welkom");
        themeIsComplete("professional-start", true);
        for (String path : List.of("/signalen/nieuw", "/signalen", "/matches", "/berichten")) {
            open(path);
            themeIsComplete("professional" + path.replace('/', '-'), true);
        }
        logout();
        login("regiocoordinator", "demo");
        waitForHeading("Welkom");
        for (String path : List.of("/regio/instellingen", "/regio/verwijderen")) {
            open(path);
            themeIsComplete("region" + path.replace('/', '-'), true);
        }
        logout();
        login("beheerder", "demo");
        waitForHeading("Welkom");
        open("/beheer/accounts/nieuw");
        themeIsComplete("administrator-new-account", true);
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/beheer/organisaties/nieuw");
        themeIsComplete("phone-administrator-new-organisation", true);
    }

    @Test
    void item13_browsersGetErrorPagesInTheLayoutAndAFormsAddressAnswersAReload() {
        login("sanne", "demo");
        waitForHeading("Welkom");

        open("/bestaat-niet");
        waitForHeading("Niet gevonden");
        assertThat(driver.findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a")))
                .as("the menu of the logged-in professional on the error page")
                .isNotEmpty();
        check("404");
        driver.manage().window().setSize(new Dimension(390, 844));
        check("404-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/regio/instellingen");
        waitForHeading("Geen toegang");
        assertThat(driver.findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a")))
                .isNotEmpty();
        check("403");
        ((JavascriptExecutor) driver).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/informatie';
                const token = document.querySelector('input[name=_csrf]').cloneNode();
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""");
        waitForHeading("Dit kan zo niet");
        check("405");

        // A form sent with errors, then its address opened again (a reload, a bookmark): the form, not a 405.
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens");
        submit();
        assertThat(main()).contains("Vul het BSN van de jeugdige in");
        driver.navigate().to(driver.getCurrentUrl());
        assertThat(heading()).startsWith("Nieuw signaal");
        check("form-address-opened-again");

        open("/signalen");
        WebElement signal = driver.findElement(
                By.xpath("//main//a[starts-with(@href, '/signalen/') and string-length(@href) > 40]"));
        String signalPath = signal.getDomAttribute("href");
        open(signalPath + "/beeindigen");
        assertThat(driver.getCurrentUrl())
                .as("a GET of the end form's POST-only address goes to the signal's page")
                .isEqualTo(url(signalPath));
        assertThat(heading()).isNotEqualTo("Dit kan zo niet");
        check("post-only-address-opened");
    }

    @Test
    void item14_allFieldErrorsAtOnceWithTheirOwnWordingAndTheSummaryTakesTheFocus() {
        login("sanne", "demo");
        waitForHeading("Welkom");
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens");

        String[][] cases = {
            {"12345", "Dit BSN is te kort: een BSN heeft 9 cijfers, u typte er 5."},
            {"1234567890", "Dit BSN is te lang: een BSN heeft 9 cijfers, u typte er 10."},
            {"123456789", "Dit BSN bestaat niet: het klopt niet met de elfproef."},
            {"", "Vul het BSN van de jeugdige in."}
        };
        for (String[] c : cases) {
            type("bsn", c[0]);
            type("dag", "");
            submit();
            String summary = driver.findElement(By.id("fouten")).getText();
            assertThat(summary)
                    .as("every field's error at once, the BSN's in its own words")
                    .contains(c[1], "Vul de geboortedatum van de jeugdige in");
            Object focused = ((JavascriptExecutor) driver).executeScript("return document.activeElement.id;");
            assertThat(focused).as("the error summary has the focus").isEqualTo("fouten");
            check("errors-bsn-" + (c[0].isEmpty() ? "empty" : c[0].length()));
        }
    }

    @Test
    void item15_phoneNumbersAreLinksTheLoginPageSaysWhomToAskAndTheGroundsAreLettered() {
        open("/inloggen");
        assertThat(main()).contains("Wachtwoord vergeten?", "instellingscoördinator");
        check("login-forgotten-password");
        login("sanne", "demo");
        waitForHeading("Welkom");
        open("/signalen/nieuw");
        WebElement grounds = driver.findElement(By.cssSelector("ol.app-grounds"));
        assertThat(grounds.getAttribute("type")).isEqualTo("a");
        assertThat(grounds.getCssValue("list-style-type"))
                .as("the grounds a to l are lettered, as the list's type says")
                .isEqualTo("lower-alpha");
        check("weigh-lettered");
        open("/matches");
        List<WebElement> phones = driver.findElements(By.cssSelector("main a[href^='tel:']"));
        assertThat(phones).as("the contact cards' phone numbers are tel: links").isNotEmpty();
        assertThat(phones.get(0).getAttribute("href")).matches("tel:\\+?[0-9]+");
        check("matches-phone-links");
        logout();
        login("coordinator", "demo");
        waitForHeading("Welkom");
        open("/organisatie/professionals");
        assertThat(driver.findElements(By.cssSelector("main a[href^='tel:']"))).isNotEmpty();
        check("coordinator-professionals-phone-links");
    }

    private void themeIsComplete(String name, boolean withMenu) {
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(themeCheck);
        String page = name + " (" + driver.getCurrentUrl() + ")";
        assertThat((List<?>) result.get("undefinedTokens"))
                .as("tokens read by the CSS on %s but defined nowhere", page)
                .isEmpty();
        assertThat((List<?>) result.get("fonts"))
                .as("font families on %s: body text, headings, forms and tables in one family", page)
                .hasSize(1);
        assertThat(((List<?>) result.get("linkColours")).stream().map(Object::toString))
                .as("link colours on %s", page)
                .doesNotContain(BROWSER_BLUE, BROWSER_PURPLE);
        if (withMenu) {
            Map<?, ?> current = (Map<?, ?>) result.get("current");
            assertThat(current).as("the current menu item on %s", page).isNotNull();
            assertThat(Integer.parseInt(current.get("weight").toString())).isGreaterThanOrEqualTo(600);
            assertThat(current.get("line").toString()).contains("underline");
        }
        check(name);
    }
}
