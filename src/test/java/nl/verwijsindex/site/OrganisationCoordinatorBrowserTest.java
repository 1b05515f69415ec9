// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.TestBsns;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.directory.StaffAdministration;
import nl.verwijsindex.directory.StaffAdministration.NewProfessional;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * The organisation coordinator's main path in the browser (R-COORDINATOR, R-TRANSFER): the demo coordinator of
 * Jeugdteam Amersfoort adds a professional, designates her, marks a colleague with an active signal as left
 * and transfers that signal to the new professional. The demo data has a leaver of its own, Marloes Kok.
 */
class OrganisationCoordinatorBrowserTest extends BrowserTest {

    @Autowired
    StaffAdministration directory;

    @Autowired
    SignalRegistration registration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorAddsAndDesignatesAProfessionalMarksALeaverAndTransfersTheLeaversSignal() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        OrganisationId team =
                new OrganisationId(jdbc.sql("select organisation_id from user_account where username = 'coordinator'")
                        .query(UUID.class)
                        .single());
        String leaverName = "Vera Vertrek " + suffix;
        ProfessionalId leaver = directory.addProfessional(new NewProfessional(
                null, team, leaverName, "v.vertrek-" + suffix + "@jeugdteam-amersfoort.example", "06 1111 2222", true));
        String bsn = TestBsns.random();
        registration.register(new RegisterSignal(
                team,
                leaver,
                new Bsn(bsn),
                LocalDate.now().minusYears(10),
                true,
                Optional.empty(),
                Optional.empty(),
                Actor.SYSTEM));
        String newcomer = "Lisa Nieuw " + suffix;

        login("coordinator", "demo");
        waitForHeading("Welkom");
        check("start");
        clickLink("Professionals");
        waitForHeading("Professionals van uw organisatie");
        assertThat(main()).contains("Sanne de Vries", "Bram Hoekstra", "Vertrokken op", leaverName);
        check("professionals");

        clickLink("Professional toevoegen");
        type("naam", newcomer);
        type("email", "geen-adres");
        submit();
        assertThat(main()).contains("Dit e-mailadres klopt niet", "Vul een telefoonnummer in");
        assertThat(driver.findElement(By.id("naam")).getAttribute("value")).isEqualTo(newcomer);
        check("add-with-errors");
        type("email", "l.nieuw-" + suffix + "@jeugdteam-amersfoort.example");
        type("telefoon", "06 3333 4444");
        submit();
        waitForHeading(newcomer);
        assertThat(main()).contains(newcomer + " is toegevoegd.", "Meldingsbevoegd\nNee");
        check("added");
        submitIn("aanwijzing-kop");
        assertThat(main()).contains(newcomer + " is nu meldingsbevoegd.", "Aanwijzing intrekken");
        check("designated");

        open("/organisatie/professionals");
        clickLink(leaverName);
        waitForHeading(leaverName);
        type("vertrekdatum", "");
        submitIn("vertrek-kop");
        assertThat(main()).contains("Vul de datum in waarop de professional is vertrokken");
        check("left-without-date");
        setDate("vertrekdatum", LocalDate.now());
        submitIn("vertrek-kop");
        assertThat(main()).contains(leaverName + " is als vertrokken gemarkeerd", "signalen van vertrokken collega's");
        check("marked-left");

        clickLink("Signalen van vertrokken collega's");
        waitForHeading("Signalen van vertrokken collega's");
        assertThat(main()).contains(leaverName, "BSN eindigt op " + bsn.substring(5), "Marloes Kok");
        check("leavers");
        WebElement card = driver.findElement(
                By.xpath("//li[contains(@class,'app-card')][.//dd[normalize-space()='" + leaverName + "']]"));
        new Select(card.findElement(By.cssSelector("select[name=collega]"))).selectByVisibleText(newcomer);
        clickAndWait(card.findElement(By.xpath(".//button[normalize-space()='Signaal overzetten']")));
        assertThat(main())
                .contains("Het signaal is overgezet naar " + newcomer + ".")
                .doesNotContain(leaverName);
        check("transferred");

        open("/organisatie/onbestelbaar");
        waitForHeading("Onbestelbare berichten");
        check("undeliverable");
        assertThat(visited).isNotEmpty().noneMatch(url -> url.contains(bsn));
    }

    /**
     * Issue 12: the coordinator adds a professional and an account for them without a password; the professional
     * chooses one with the link from the e-mail, logs in with it, and the link does not work a second time.
     */
    @Test
    void ISSUE12_ACTIVATION_theCoordinatorAddsAProfessionalWhoChoosesTheirOwnPasswordWithTheLinkFromTheEmail() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Noor Nieuw " + suffix;
        String email = "n.nieuw-" + suffix + "@jeugdteam-amersfoort.example";
        String username = "noor-" + suffix;
        String password = "noor kiest dit zelf " + suffix;

        login("coordinator", "demo");
        waitForHeading("Welkom");
        open("/organisatie/professionals/nieuw");
        type("naam", name);
        type("email", email);
        type("telefoon", "06 5555 6666");
        submit();
        waitForHeading(name);
        assertThat(driver.findElements(By.id("wachtwoord")))
                .as("the coordinator chooses no password")
                .isEmpty();
        type("gebruikersnaam", username);
        submitIn("account-kop");
        assertThat(main()).contains("Het account " + username + " is aangemaakt", "Nieuwe link sturen");
        check("account-created");
        logout();

        String link = activationPath(email);
        open(link);
        waitForHeading("Kies uw wachtwoord");
        assertThat(main()).contains(username);
        check("activation");
        type("nieuwWachtwoord", password);
        type("herhaling", password);
        submit();
        waitForHeading("Inloggen");
        assertThat(main()).contains("Uw account is klaar voor gebruik");
        check("activated");
        login(username, password);
        waitForHeading("Welkom");
        assertThat(main()).contains(name);
        logout();

        open(link);
        waitForHeading("Deze link werkt niet meer");
        assertThat(main()).contains("om een nieuwe link");
        check("link-used");
        assertThat(visited).noneMatch(url -> url.contains(password.replace(" ", "")) || url.contains("wachtwoord="));
    }

    @Test
    void theProfessionalsListAndAProfessionalsPageFitOnAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        login("coordinator", "demo");
        waitForHeading("Welkom");
        open("/organisatie/professionals");
        check("phone-professionals");
        clickLink("Sanne de Vries");
        waitForHeading("Sanne de Vries");
        check("phone-professional");
    }

    /** A date input takes typed digits in the browser's locale order; setting the value is the same for every locale. */
    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private void submitIn(String sectionHeadingId) {
        WebElement section = driver.findElement(By.xpath("//section[@aria-labelledby='" + sectionHeadingId + "']"));
        clickAndWait(section.findElement(By.cssSelector("button[type=submit]")));
    }
}
