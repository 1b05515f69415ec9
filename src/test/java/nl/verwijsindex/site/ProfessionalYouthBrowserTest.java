// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 16, the professional, in the browser with the demo's stand-in BRP (items 1 to 6): Sanne confirms "Is dit de
 * jeugdige?" for Yara Peters, registers a youth without a BSN and sees where to add it later; Ahmed registers Yara
 * too and sees Sanne's contact card right after registering; both see the match under their own youth's name, the
 * start page counts it, and Sanne's ending as not justified is confirmed on its own page. Screenshots and axe at
 * every step, also at phone size.
 */
class ProfessionalYouthBrowserTest extends BrowserTest {

    private static final String YARA = "999950046";
    private static final LocalDate YARA_BORN = LocalDate.of(2010, 7, 5);

    @Test
    void R_NOTICE_R_NOBSN_theProfessionalConfirmsTheYouthSeesWhichYouthEachMatchIsAboutAndConfirmsDeleting() {
        login("sanne", "demo");
        waitForHeading("Welkom, Sanne de Vries");
        startForm();
        fill(YARA, YARA_BORN.plusDays(1));
        submit();
        assertThat(main())
                .contains("De geboortedatum past niet bij dit BSN volgens de BRP")
                .doesNotContain("Yara");
        check("sanne-birth-date-mismatch");
        fill(YARA, YARA_BORN);
        submit();
        waitForHeading("Is dit de jeugdige?");
        assertThat(main()).contains("Yara Peters", "5 juli 2010");
        check("sanne-is-this-the-youth");
        submit();
        waitForHeading("Signaal vastgelegd");
        assertThat(main()).contains("Yara Peters, geboren 5 juli 2010");
        check("sanne-registered");
        String sanneYara = signalPath();

        startForm();
        driver.findElement(By.id("identificatie-geen-bsn")).click();
        type("achternaam", "Zonderbsn");
        driver.findElement(By.id("geslacht-M")).click();
        type("dag", "3");
        type("maand", "3");
        type("jaar", String.valueOf(LocalDate.now().getYear() - 4));
        check("sanne-without-bsn-form");
        submit();
        waitForHeading("Signaal vastgelegd");
        clickLink("Naar het signaal");
        assertThat(main()).contains("Verwijsindexnummer (geen BSN)", "BSN toevoegen");
        check("sanne-signal-add-bsn-later");
        logout();

        login("ahmed", "demo");
        waitForHeading("Welkom, Ahmed El Amrani");
        startForm();
        fill(YARA, YARA_BORN);
        submit();
        waitForHeading("Is dit de jeugdige?");
        submit();
        waitForHeading("Signaal vastgelegd");
        assertThat(main())
                .as("issue 16 item 5: the contact card right after registering")
                .contains(
                        "Yara Peters",
                        "Sanne de Vries",
                        "s.devries@jeugdteam-amersfoort.example",
                        "Jeugdteam Amersfoort");
        check("ahmed-registered-with-contact-card");
        open("/matches");
        assertThat(main())
                .contains("Yara Peters, geboren 5 juli 2010", "Sanne de Vries")
                .doesNotContain("Match 1");
        check("ahmed-matches-per-youth");
        logout();

        login("sanne", "demo");
        waitForHeading("Welkom, Sanne de Vries");
        assertThat(driver.findElement(By.id("teller-nieuwe-matches")).getText()).matches("[0-9]+");
        check("sanne-start-counters");
        open("/matches");
        assertThat(main()).contains("Yara Peters, geboren 5 juli 2010", "Ahmed El Amrani");
        check("sanne-matches-per-youth");
        driver.manage().window().setSize(new Dimension(390, 844));
        check("sanne-matches-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));

        open(sanneYara);
        driver.findElement(By.id("reden-onterecht")).click();
        clickAndWait(
                driver.findElement(By.xpath("//section[@aria-labelledby='beeindigen-kop']//button[@type='submit']")));
        waitForHeading("Signaal verwijderen omdat het niet terecht was?");
        assertThat(main()).contains("Yara Peters", "1 match vervalt, met 1 andere professional", "niet ongedaan");
        check("sanne-confirm-delete");
        submit();
        waitForHeading("Mijn signalen");
        assertThat(main()).contains("Het signaal is beëindigd en helemaal verwijderd.");
        check("sanne-deleted");

        assertThat(visited).isNotEmpty().noneMatch(url -> url.contains(YARA));
    }

    private void startForm() {
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        waitForHeading("Nieuw signaal: gegevens van de jeugdige");
    }

    private void fill(String bsn, LocalDate birth) {
        type("bsn", bsn);
        type("dag", String.valueOf(birth.getDayOfMonth()));
        type("maand", String.valueOf(birth.getMonthValue()));
        type("jaar", String.valueOf(birth.getYear()));
    }

    private String signalPath() {
        String url = driver.getCurrentUrl();
        String path = url.substring(url.indexOf("/signalen/"));
        return path.substring(0, path.lastIndexOf('/'));
    }
}
