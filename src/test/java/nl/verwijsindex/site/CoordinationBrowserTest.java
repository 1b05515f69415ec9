// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.TestBsns;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;
import nl.verwijsindex.matching.MatchQueries;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * The coordination paths in the browser, as the demo accounts walk them: Sanne, the match director, ticks off the
 * consultation and Ahmed confirms it (R-CONSULTED); the regievoerder of Amersfoort follows up the demo match past
 * its deadline (R-SUPERVISE); the regievoerder and the region coordinator read their figures, with the chart drawn
 * from the demo history with real counts, and small counts still shown as "&lt;5" in the table (R-REPORTS).
 */
class CoordinationBrowserTest extends BrowserTest {

    private static final OrganisationId YOUTH_TEAM =
            new OrganisationId(UUID.fromString("11111111-0000-4000-8000-000000000001"));
    private static final OrganisationId JGZ =
            new OrganisationId(UUID.fromString("11111111-0000-4000-8000-000000000002"));
    private static final ProfessionalId SANNE =
            new ProfessionalId(UUID.fromString("22222222-0000-4000-8000-000000000001"));
    private static final ProfessionalId AHMED =
            new ProfessionalId(UUID.fromString("22222222-0000-4000-8000-000000000002"));

    @Autowired
    SignalRegistration registration;

    @Autowired
    MatchQueries matches;

    @Test
    void R_CONSULTED_theDirectorTicksOffTheConsultationAndTheOtherProfessionalConfirmsIt() {
        String bsn = TestBsns.random();
        LocalDate birth = LocalDate.now().minusYears(10);
        register(JGZ, AHMED, bsn, birth);
        UUID sannesSignal = register(YOUTH_TEAM, SANNE, bsn, birth);
        MatchCaseId caseId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> matches.matchesOf(YOUTH_TEAM, SANNE, Actor.SYSTEM).stream()
                                .filter(m -> m.ownSignalId().value().equals(sannesSignal))
                                .findFirst()
                                .map(MatchQueries.MatchView::matchCaseId),
                        Optional::isPresent)
                .orElseThrow();
        String card = "zaak-" + caseId;

        login("sanne", "demo");
        waitForHeading("Welkom");
        openUntil("/matches", card, "U bent de matchregisseur");
        assertThat(section(card).getText()).contains("Open", "Afstemmen uiterlijk op", "Ahmed El Amrani");
        check("sanne-matches");
        section(card)
                .findElement(By.cssSelector("input[value=EARLY_ALIGNMENT]"))
                .click();
        clickAndWait(section(card).findElement(By.xpath(".//button[normalize-space()='Afgestemd: afvinken']")));
        waitForHeading("Mijn matches");
        assertThat(main()).contains("De afstemming is afgevinkt");
        assertThat(section(card).getText())
                .contains("Afgestemd", "Vroeg afgestemd met een andere organisatie", "Nog door niemand bevestigd");
        check("sanne-ticked-off");
        logout();

        login("ahmed", "demo");
        waitForHeading("Welkom");
        open("/matches");
        assertThat(section(card).getText())
                .contains("Sanne de Vries", "s.devries@jeugdteam-amersfoort.example", "Afgestemd");
        check("ahmed-matches");
        clickAndWait(section(card).findElement(By.xpath(".//button[normalize-space()='Afstemming bevestigen']")));
        waitForHeading("Mijn matches");
        assertThat(section(card).getText()).contains("U heeft de afstemming bevestigd.");
        check("ahmed-confirmed");
        logout();

        login("sanne", "demo");
        open("/matches");
        assertThat(section(card).getText()).contains("Bevestigd door 1 andere professional.");
        assertThat(visited).noneMatch(url -> url.contains(bsn));
    }

    @Test
    void R_SUPERVISE_theRegievoerderSeesTheMatchPastItsDeadlineAndRecordsTheFollowUp() {
        login("regievoerder", "demo");
        waitForHeading("Welkom");
        openUntil("/regie/werklijst", "inhoud", "Sanne de Vries");
        // Issue 16 item 8: to follow up apart from followed up, each match by its number and working days late.
        assertThat(main()).contains("Op te volgen (", "Opgevolgd (", "Te laat", "Jeugdteam Amersfoort", "Match M-");
        assertThat(main()).containsPattern("\\d+ werkdagen? te laat|nog geen werkdag te laat");
        check("work-list");
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/regie/werklijst");
        assertThat(wider()).as("elements wider than the phone's screen").isEmpty();
        check("work-list-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("/regie/werklijst");
        WebElement row = driver.findElement(By.xpath("//li[contains(., 'Sanne de Vries')]"));
        clickAndWait(row.findElement(By.tagName("a")));
        waitForHeading("opvolgen");
        assertThat(heading()).matches("Match M-\\d+ opvolgen");
        assertThat(main())
                .contains(
                        "Sanne de Vries",
                        "s.devries@jeugdteam-amersfoort.example",
                        "06 0000 0001",
                        "Coördinator Jeugdteam Amersfoort",
                        "Nog niet")
                .doesNotContain("Daan", "999981869");
        check("work-item");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Opgevolgd vastleggen']")));
        waitForHeading("Werklijst");
        assertThat(main()).contains("Vastgelegd: u heeft deze match opgevolgd.");
        assertThat(driver.findElement(By.xpath("//section[h2[starts-with(., 'Opgevolgd')]]"))
                        .getText())
                .contains("Sanne de Vries");
        check("followed-up");
    }

    @Test
    void R_REPORTS_theRegievoerderAndTheRegionCoordinatorSeeTheirFiguresAsChartAndTableWithSmallCountsSuppressed() {
        // The demo history (DemoHistory) lies between 14 and 335 days ago: the year of its middle holds most of it.
        int year = LocalDate.now().minusDays(175).getYear();
        login("regievoerder", "demo");
        waitForHeading("Welkom");
        openUntil("/regie/cijfers?jaar=" + year, "totaal", "Matches");
        assertThat(heading()).isEqualTo("Cijfers van de gemeente Amersfoort");
        assertThat(matchesInTotal())
                .as("a year of Amersfoort's history, counted, not suppressed")
                .isGreaterThanOrEqualTo(20);
        assertThat(main())
                .as("a small cell somewhere, as an organisation or month with few late matches")
                .contains("<5");
        chartsDrawn();
        assertThat(chartsWithBars()).as("charts with at least one bar").isEqualTo(3);
        // Issue 16 item 11: headline figures above the charts, in plain words.
        assertThat(driver.findElement(By.cssSelector(".app-headlines")).getText())
                .contains("matches", "op tijd afgestemd", "zo snel was de helft van de matches afgestemd", "werklijst");
        assertThat(main()).doesNotContain("9 van de 10", "mediaan");
        check("municipality-figures");
        new Select(driver.findElement(By.id("kwartaal")))
                .selectByValue(String.valueOf((LocalDate.now().getMonthValue() + 2) / 3));
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Toon cijfers']")));
        assertThat(driver.getCurrentUrl()).contains("jaar=" + year, "kwartaal=");
        assertThat(main()).contains("kwartaal " + year);
        chartsDrawn();
        check("municipality-figures-quarter");
        logout();

        login("regiocoordinator", "demo");
        waitForHeading("Welkom");
        open("/regio/cijfers?jaar=" + year);
        assertThat(driver.findElement(By.id("per-gemeente")).getText()).contains("Amersfoort", "Baarn", "Soest");
        assertThat(matchesInTotal()).as("a year of the region's history").isGreaterThanOrEqualTo(30);
        chartsDrawn();
        assertThat(chartsWithBars()).isEqualTo(3);
        check("region-figures");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/regio/cijfers");
        chartsDrawn();
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript(String.join(
                        "\n",
                        "const wide = [];",
                        "document.querySelectorAll('body *').forEach(e => { if (e.closest('.app-table-wrap')) return;",
                        "  const r = e.getBoundingClientRect();",
                        "  if (r.right > document.documentElement.clientWidth + 1) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });",
                        "return wide;"));
        assertThat((List<?>) overflow)
                .as("elements wider than the phone's screen (tables scroll in their own box)")
                .isEmpty();
        check("region-figures-phone");
    }

    private UUID register(OrganisationId organisation, ProfessionalId professional, String bsn, LocalDate birth) {
        return registration
                .register(new RegisterSignal(
                        organisation,
                        professional,
                        Bsn.parse(bsn),
                        birth,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal()
                .id()
                .value();
    }

    private WebElement section(String id) {
        return driver.findElement(By.id(id));
    }

    /** Opens the page until the element holds the text: the coordination module takes a match up just after it is made. */
    private void openUntil(String path, String id, String text) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            open(path);
            List<WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty() && found.get(0).getText().contains(text)) {
                return;
            }
            sleep();
        } while (System.nanoTime() < until);
        throw new AssertionError("no '" + text + "' in #" + id + " of " + path + ":\n" + main());
    }

    /** The "Matches" row of the totals, a number because the history holds more than a few. */
    private int matchesInTotal() {
        String text = driver.findElement(By.xpath("//table[@id='totaal']//tr[th[normalize-space()='Matches']]/td"))
                .getText();
        assertThat(text).as("matches in total").matches("\\d+");
        return Integer.parseInt(text);
    }

    /** How many of the page's charts Chart.js drew with at least one bar (a value, not a suppressed gap). */
    private long chartsWithBars() {
        Object count = ((JavascriptExecutor) driver)
                .executeScript(
                        String.join(
                                "\n",
                                "return [...document.querySelectorAll('canvas')].filter(c => { const chart = window.Chart.getChart(c);",
                                "  return chart && chart.data.datasets.some(d => d.data.some(v => v !== null && v > 0)); }).length;"));
        return ((Number) count).longValue();
    }

    private void chartsDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "charts not drawn: "
                        + driver.findElements(By.tagName("canvas")).stream()
                                .map(c -> c.getAttribute("outerHTML"))
                                .toList())
                .until(d -> d.findElements(By.cssSelector("canvas[data-chart-drawn=true]"))
                                .size()
                        == d.findElements(By.tagName("canvas")).size());
        assertThat(driver.findElements(By.tagName("canvas")))
                .as("per state, per kind, per month")
                .hasSize(3);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<?> wider() {
        return (List<?>) ((JavascriptExecutor) driver)
                .executeScript(String.join(
                        "\n",
                        "const wide = [];",
                        "document.querySelectorAll('body *').forEach(e => { const r = e.getBoundingClientRect();",
                        "  if (r.right > document.documentElement.clientWidth + 1) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });",
                        "return wide;"));
    }
}
