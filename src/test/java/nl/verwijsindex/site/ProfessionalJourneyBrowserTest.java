// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.verwijsindex.TestBsns;

/**
 * The professional's main path in the browser: Sanne weighs and registers a signal, Ahmed of another
 * organisation registers the same youth, both see the match with each other's contact details and a message,
 * Sanne ends her signal. Nobody opens someone else's signal, and no address ever holds the BSN.
 */
class ProfessionalJourneyBrowserTest extends BrowserTest {

    @Test
    void twoProfessionalsRegisterTheSameYouthSeeEachOtherAndOneEndsTheSignal() {
        String bsn = TestBsns.random();
        LocalDate birth = LocalDate.now().minusYears(13);

        login("sanne", "demo");
        waitForHeading("Welkom, Sanne de Vries");
        String sanneSignal = register(bsn, birth, "sanne");
        assertThat(main()).contains("Er is nu geen match", "de jeugdige én de wettelijk vertegenwoordiger");
        clickLink("Naar het signaal");
        assertThat(main()).contains(bsn);
        check("sanne-signal");
        // R-INFORM: Sanne records that she told the youth and the parents, by phone, today.
        driver.findElement(By.id("keuze-geinformeerd")).click();
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('geinformeerdOp').value = arguments[0];",
                        LocalDate.now().toString());
        driver.findElement(By.id("hoe-PHONE")).click();
        submitIn("informeren-kop");
        assertThat(main()).contains("Vastgelegd dat u hebt geïnformeerd", "U hebt geïnformeerd op", "Telefonisch");
        check("sanne-informed");
        open("/signalen");
        assertThat(main()).contains("BSN eindigt op " + bsn.substring(5));
        check("sanne-signals");
        logout();

        login("ahmed", "demo");
        waitForHeading("Welkom, Ahmed El Amrani");
        register(bsn, birth, "ahmed");
        assertThat(main()).contains("Er is een match: nog 1 professional is betrokken bij deze jeugdige.");
        open("/matches");
        assertThat(main()).contains("Sanne de Vries", "s.devries@jeugdteam-amersfoort.example", "Jeugdteam Amersfoort");
        check("ahmed-matches");
        open(sanneSignalPath(sanneSignal));
        waitForHeading("Niet gevonden");
        check("ahmed-opens-sannes-signal");
        logout();

        login("sanne", "demo");
        open("/matches");
        assertThat(main()).contains("Ahmed El Amrani", "a.elamrani@ggd-regio-utrecht.example", "06 0000 0002");
        check("sanne-matches");
        openInboxWithNewMatch();
        int unread = driver.findElements(By.xpath("//button[normalize-space()='Markeer als gelezen']"))
                .size();
        driver.findElement(By.xpath("//button[normalize-space()='Markeer als gelezen']"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.xpath("//button[normalize-space()='Markeer als gelezen']"))
                                .size()
                        == unread - 1);
        check("sanne-inbox-read");

        open(sanneSignalPath(sanneSignal));
        submitIn("beeindigen-kop");
        assertThat(main()).contains("Kies waarom u het signaal beëindigt");
        check("end-without-reason");
        driver.findElement(By.id("reden-voorbij")).click();
        submitIn("beeindigen-kop");
        waitForHeading("Mijn signalen");
        assertThat(main()).contains("Het signaal is beëindigd. Het staat nu 5 jaar in het archief.");
        check("ended");
        open("/signalen/archief");
        // Issue 16 item 1: an ended signal is named by the birth date; its BSN is decrypted only while active.
        assertThat(main())
                .contains("geboren "
                        + birth.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))))
                .doesNotContain(bsn.substring(5));
        check("archive");

        assertThat(visited).isNotEmpty().noneMatch(url -> url.contains(bsn));
    }

    @Test
    void theNewSignalFormFitsOnAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        login("fatima", "demo");
        waitForHeading("Welkom");
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens");
        assertThat(driver.findElements(By.id("regio")))
                .as("Fatima's organisation works in two regions")
                .hasSize(1);
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript(String.join(
                        "\n",
                        "const wide = [];",
                        "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();",
                        "  if (r.right > document.documentElement.clientWidth + 1) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });",
                        "return wide;"));
        assertThat((List<?>) overflow)
                .as("elements wider than the phone's screen")
                .isEmpty();
        check("phone-form");
        submit();
        assertThat(main()).contains("Vul het BSN van de jeugdige in", "Vul de geboortedatum", "Kies de regio");
        check("phone-form-errors");
    }

    /** Weighs, fills in and sends a new signal; returns the address of the result page. */
    private String register(String bsn, LocalDate birth, String who) {
        clickLink("Nieuw signaal");
        waitForHeading("Nieuw signaal: afwegen");
        check(who + "-weigh");
        submit();
        assertThat(main()).contains("Vink aan dat u een redelijk vermoeden heeft");
        check(who + "-weigh-error");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens");
        check(who + "-form");
        type("bsn", bsn);
        type("dag", String.valueOf(birth.getDayOfMonth()));
        type("maand", String.valueOf(birth.getMonthValue()));
        type("jaar", String.valueOf(birth.getYear()));
        submit();
        waitForHeading("Signaal vastgelegd");
        check(who + "-registered");
        return driver.getCurrentUrl();
    }

    private String sanneSignalPath(String resultUrl) {
        String path = resultUrl.substring(resultUrl.indexOf("/signalen/"));
        return path.substring(0, path.lastIndexOf('/'));
    }

    private void submitIn(String sectionHeadingId) {
        WebElement section = driver.findElement(By.xpath("//section[@aria-labelledby='" + sectionHeadingId + "']"));
        clickAndWait(section.findElement(By.cssSelector("button[type=submit]")));
    }

    /** The notice is written just after the match commits: the inbox may need a moment. */
    private void openInboxWithNewMatch() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            open("/berichten");
            List<WebElement> items = driver.findElements(
                    By.xpath("//li[contains(., 'U heeft een nieuwe match') and contains(., 'Nieuw')]"));
            if (!items.isEmpty()) {
                check("sanne-inbox");
                return;
            }
            sleep();
        } while (System.nanoTime() < until);
        throw new AssertionError("no unread match notice in Sanne's inbox");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
