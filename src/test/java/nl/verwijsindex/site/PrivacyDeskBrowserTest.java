// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import nl.verwijsindex.TestBsns;

/**
 * R-REQUEST in the browser: the privacy desk of Amersfoort opens the demo's open request with the advice asked, a
 * decision form sent empty says what is missing, and a new request is refused by the age rule with every input kept,
 * then recorded and answered "nothing is registered". Screenshots and axe at every step. The demo's open request is
 * left open for the other tests.
 */
class PrivacyDeskBrowserTest extends BrowserTest {

    @Test
    void R_REQUEST_thePrivacyDeskTakesInARequestAndSeesTheAdviceOnTheOpenOne() {
        login("privacyloket", "demo");
        waitForHeading("Verzoeken van jeugdigen en ouders");
        assertThat(main()).contains("Inzage", "Open");
        check("requests");

        clickLink("Inzage");
        waitForHeading("Verzoek: Inzage");
        assertThat(main()).contains("Advies van de professionals", "Joost van Dam", "Eemland College");
        check("request");
        submitIn("besluit-kop");
        assertThat(main()).contains("Kies het besluit.");
        check("decision-error");

        open("/privacyloket/nieuw");
        waitForHeading("Nieuw verzoek vastleggen");
        check("new");
        String bsn = TestBsns.random();
        String birth = LocalDate.now().minusYears(8).toString();
        driver.findElement(By.id("soort-ACCESS")).click();
        driver.findElement(By.id("aanvrager-YOUTH")).click();
        driver.findElement(By.id("identiteit-ID_DOCUMENT_AT_DESK")).click();
        type("bsn", bsn);
        setDate("geboortedatum", birth);
        setDate("ontvangen", LocalDate.now().toString());
        submit();
        assertThat(main())
                .contains("Voor een jeugdige onder de 12 jaar doet de wettelijk vertegenwoordiger het verzoek.");
        assertThat(driver.findElement(By.id("bsn")).getAttribute("value")).isEqualTo(bsn);
        assertThat(driver.findElement(By.id("geboortedatum")).getAttribute("value"))
                .isEqualTo(birth);
        assertThat(driver.findElement(By.id("soort-ACCESS")).isSelected()).isTrue();
        check("new-refused");

        driver.findElement(By.id("aanvrager-LEGAL_REPRESENTATIVE")).click();
        submit();
        waitForHeading("Verzoek: Inzage");
        assertThat(main()).contains("Over deze jeugdige staat niets geregistreerd", "Besluitbrief (PDF)");
        assertThat(driver.getPageSource()).doesNotContain(bsn);
        check("nothing-registered");
    }

    private void setDate(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private void submitIn(String sectionHeadingId) {
        WebElement section = driver.findElement(By.xpath("//section[@aria-labelledby='" + sectionHeadingId + "']"));
        clickAndWait(section.findElement(By.cssSelector("button[type=submit]")));
    }
}
