// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import nl.verwijsindex.TestBsns;

/**
 * The region coordinator's main path in the browser: the covenant's organisations, the settings and the match
 * director rules (R-DIRECTOR) edited with plain buttons, an institution address (R-MATCH-ADDRESS), and the
 * deletion of a signal with a decision after a confirmation (R-DELETE-ONLY-REGION) that shows up as a proof
 * (R-PROOF). The demo region is put back as it was at the end, for the other browser tests.
 */
class RegionCoordinatorBrowserTest extends BrowserTest {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theRegionCoordinatorEditsTheRulesAddsAnAddressAndDeletesASignalWithADecision() {
        String bsn = TestBsns.random();
        String signalId = sanneRegistersASignal(bsn);

        login("regiocoordinator", "demo");
        waitForHeading("Welkom, Regiocoördinator Eemland");
        assertThat(main()).contains("Organisaties die nu meedoen", "Standaardregels");
        check("start");

        clickLink("Organisaties");
        waitForHeading("Organisaties in het convenant");
        assertThat(main())
                .contains("Jeugdteam Amersfoort", "Jeugdhulp Midden-Nederland")
                .doesNotContain("Politie eenheid Den Haag\n");
        check("organisations");

        open("/regio/instellingen");
        waitForHeading("Instellingen van de regio");
        check("settings");
        type("termijn", "zes");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Instellingen opslaan']")));
        assertThat(main()).contains("Vul het aantal werkdagen in als getal");
        assertThat(driver.findElement(By.id("termijn")).getAttribute("value")).isEqualTo("zes");
        check("settings-error");
        type("termijn", "6");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Instellingen opslaan']")));
        assertThat(main()).contains("De instellingen zijn opgeslagen.");
        assertThat(driver.findElement(By.id("termijn")).getAttribute("value")).isEqualTo("6");

        // R-DIRECTOR: add a rule for a named organisation, forget its list, fill it in, move it up, save.
        new Select(driver.findElement(By.id("nieuwe-soort"))).selectByVisibleText("Voorrang voor organisaties");
        clickAndWait(button("toevoegen"));
        assertThat(main()).contains("Regel 4: Voorrang voor organisaties", "De regels zijn nog niet opgeslagen.");
        check("rule-added");
        clickAndWait(button("opslaan"));
        assertThat(main()).contains("heeft een lijst nodig");
        check("rule-error");
        new Select(driver.findElement(By.id("regel-3-keuze-1"))).selectByVisibleText("Huisartsenpraktijk De Linde");
        clickAndWait(button("omhoog-3"));
        assertThat(main()).contains("Regel 3: Voorrang voor organisaties", "Regel 4: Het eerste signaal");
        clickAndWait(button("opslaan"));
        assertThat(main())
                .contains("De regels voor de matchregisseur zijn opgeslagen.", "Regel 3: Voorrang voor organisaties");
        assertThat(new Select(driver.findElement(By.id("regel-2-keuze-1")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Huisartsenpraktijk De Linde");
        check("rules-saved");

        // Issue 16 item 9: the institution is found by postcode and house number in the (stand-in) BAG and confirmed.
        type("postcode", "3828 AA");
        type("huisnummer", "41");
        type("adres-naam", "Jeugdzorginstelling De Horst");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Adres zoeken']")));
        assertThat(main()).contains("Dit adres staat niet in de Basisregistratie Adressen en Gebouwen");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.activeElement.id;"))
                .as("the error summary has the focus")
                .isEqualTo("fouten");
        check("address-not-found");
        type("huisnummer", "40");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Adres zoeken']")));
        waitForHeading("Is dit het adres?");
        assertThat(main()).contains("Horsterweg 40", "3828 AA Amersfoort", "Jeugdzorginstelling De Horst");
        check("address-confirm");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Ja, adres toevoegen']")));
        assertThat(main())
                .contains("Jeugdzorginstelling De Horst staat op de lijst met instellingen.", "0307010000298040");
        check("address-added");

        // Issue 16 item 7: the deletion starts from a search by BSN and offers the youth's signals by organisation
        // and date; no id is asked for or shown, and the BSN is posted, never in an address.
        open("/regio/verwijderen");
        waitForHeading("Verwijderen na een besluit");
        assertThat(main()).doesNotContain("Signaalnummer");
        check("delete");
        type("bsn", bsn);
        submit();
        waitForHeading("Kies wat u verwijdert");
        assertThat(main())
                .contains("Jeugdteam Amersfoort, gemeld op ", ", actief")
                .doesNotContain(bsn);
        assertThat(main()).doesNotContainPattern(UUID_PATTERN);
        check("delete-choose");
        submit();
        assertThat(main()).contains("Kies wat u wilt verwijderen", "Kies de reden");
        check("delete-choose-errors");
        driver.findElement(By.id("keuze-1")).click();
        type("kenmerk", "BZ-2026-0142");
        driver.findElement(By.id("reden-WRONGLY_REGISTERED")).click();
        submit();
        waitForHeading("Weet u zeker dat u dit signaal wilt verwijderen?");
        assertThat(main())
                .contains("Jeugdteam Amersfoort", "BZ-2026-0142", "Signaal ten onrechte afgegeven")
                .doesNotContain(signalId)
                .doesNotContain(bsn);
        check("delete-confirm");
        submit();
        waitForHeading("Bewijzen van verwijdering");
        assertThat(main()).contains("Het signaal is verwijderd.", "BZ-2026-0142: Signaal ten onrechte afgegeven");
        check("proofs");
        assertThat(visited).noneMatch(address -> address.contains(bsn));

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/regio/instellingen");
        assertThat(overflow()).as("elements wider than the phone's screen").isEmpty();
        check("settings-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));

        putTheDemoRegionBack();
    }

    private String sanneRegistersASignal(String bsn) {
        login("sanne", "demo");
        waitForHeading("Welkom, Sanne de Vries");
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens");
        LocalDate birth = LocalDate.now().minusYears(10);
        type("bsn", bsn);
        type("dag", String.valueOf(birth.getDayOfMonth()));
        type("maand", String.valueOf(birth.getMonthValue()));
        type("jaar", String.valueOf(birth.getYear()));
        submit();
        waitForHeading("Signaal vastgelegd");
        String url = driver.getCurrentUrl();
        String id = url.substring(url.indexOf("/signalen/") + "/signalen/".length(), url.lastIndexOf('/'));
        logout();
        return id;
    }

    private void putTheDemoRegionBack() {
        open("/regio/instellingen");
        type("termijn", "5");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Instellingen opslaan']")));
        clickAndWait(button("standaard"));
        assertThat(main()).contains("De standaardregels voor de matchregisseur gelden weer.");
        clickAndWait(driver.findElement(By.xpath("//tr[contains(., '0307010000298040')]//button")));
        assertThat(main()).doesNotContain("0307010000298040");
    }

    private org.openqa.selenium.WebElement button(String action) {
        return driver.findElement(By.cssSelector("button[name=actie][value='" + action + "']"));
    }

    private List<?> overflow() {
        return (List<?>) ((JavascriptExecutor) driver)
                .executeScript(String.join(
                        "\n",
                        "const wide = [];",
                        "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();",
                        "  if (r.right > document.documentElement.clientWidth + 1) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });",
                        "return wide;"));
    }
}
