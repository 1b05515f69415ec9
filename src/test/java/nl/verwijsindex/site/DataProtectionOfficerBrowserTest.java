// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * R-LOGBOOK, issue 16: the demo's data protection officer ({@code fg}), who starts on the logbook, searches the logbook of the last month in the
 * browser, at desktop and phone size, with a screenshot and axe on each page, and reads what happened in Dutch with
 * names, not ids.
 */
class DataProtectionOfficerBrowserTest extends BrowserTest {

    @Test
    void R_LOGBOOK_theOfficerSearchesTheLastMonthAndReadsItInDutchAtDesktopAndPhoneSize() {
        login("fg", "demo");
        waitForHeading("Logboek");
        check("logbook");
        search();
        assertThat(main()).contains("regels", "Signaal afgegeven").doesNotContain("SIGNAL_REGISTERED");
        assertThat(main()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        check("logbook-found");

        // Issue 16: the professional by name or e-mail address, not by id; alike ones are the choices.
        open("/fg/logboek");
        type("professional", "eemlandcollege");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Zoeken']")));
        waitForHeading("Logboek");
        assertThat(main()).contains("Welke professional bedoelt u?", "Joost van Dam", "Lotte Jansen");
        assertThat(driver.findElements(By.cssSelector("select#organisatie option")))
                .as("the organisations to choose from, by name")
                .hasSizeGreaterThan(2);
        check("logbook-professional-choices");
        driver.findElement(By.cssSelector("label[for=keuze-0]")).click();
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Zoeken']")));
        waitForHeading("Logboek");
        assertThat(driver.findElement(By.id("professional")).getDomProperty("value"))
                .isEqualTo("j.vandam@eemlandcollege.example");
        assertThat(main()).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        check("logbook-professional-found");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/fg/logboek");
        search();
        check("logbook-found-phone");
    }

    private void search() {
        // Date inputs take their value in the browser's own format when typed; set it as the form sends it.
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('van').value = arguments[0];"
                                + " document.getElementById('tot').value = arguments[1];",
                        LocalDate.now().minusDays(30).toString(),
                        LocalDate.now().toString());
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Zoeken']")));
        waitForHeading("Logboek");
    }
}
