// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: every role with reports reads them in the browser, at desktop and phone size, with a screenshot and
 * axe on each (R-REPORTS): the municipal supervisor, the region coordinator and the administrator their
 * "Rapportage" with the same figures offered as CSV and spreadsheet, and the organisation coordinator the
 * organisation's "Opvolging van matches" (seed 003 chapter 6). The downloads are fetched by the browser with the
 * logged-in session, so a link that is offered but refused or empty fails the test.
 */
class ReportsBrowserTest extends BrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** The demo history (DemoHistory) lies between 14 and 335 days ago: the year of its middle holds most of it. */
    private static final int YEAR = LocalDate.now().minusDays(175).getYear();

    /** The demo's organisation coordinator's organisation (DemoCast): Jeugdteam Amersfoort. */
    private static final UUID COORDINATORS_ORGANISATION = UUID.fromString("11111111-0000-4000-8000-000000000001");

    @Autowired
    JdbcClient jdbc;

    @Test
    void R_REPORTS_theMunicipalSupervisorReadsTheMunicipalitysReportAndIsOfferedItAsCsvAndSpreadsheet() {
        login("regievoerder", "demo");
        waitForHeading("Welkom");
        clickLink("Rapportage");
        readReport("/regie/rapportage", "Organisatie", "municipality");
    }

    @Test
    void R_REPORTS_theRegionCoordinatorReadsTheRegionsReportPerMunicipalityAndIsOfferedItAsCsvAndSpreadsheet() {
        login("regiocoordinator", "demo");
        waitForHeading("Welkom");
        clickLink("Rapportage");
        readReport("/regio/rapportage", "Gemeente", "region");
        assertThat(main()).contains("Amersfoort", "Baarn", "Soest");
    }

    /**
     * The demo history's youths live in the stand-in BRP (HistoryResidents), so once the person checks have answered
     * the region's year counts their signals under Amersfoort, Baarn and Soest, not under "Onbekend".
     */
    @Test
    void R_REPORTS_theDemoRegionsReportCountsTheHistorysSignalsUnderTheirMunicipalities() {
        login("regiocoordinator", "demo");
        waitForHeading("Welkom");
        String path = "/regio/rapportage?jaar=" + YEAR + "&periode=YEAR&per=MUNICIPALITY";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    open(path);
                    return signals().getOrDefault("Amersfoort", 0) >= 50;
                });
        Map<String, Integer> signals = signals();
        assertThat(signals).containsKeys("Baarn", "Soest");
        // A small "Onbekend" (a walk-through youth abroad) may hide the smaller of the two (complementary suppression).
        assertThat(signals.get("Baarn") + signals.get("Soest"))
                .as("Baarn's and Soest's signals shown")
                .isGreaterThanOrEqualTo(5);
        assertThat(signals.getOrDefault("Onbekend", 0))
                .as("signals under no municipality")
                .isLessThan(signals.get("Amersfoort") / 10);
        check("region-report-municipalities-year");
    }

    /** The year table's "Meldingen" per column (municipality); a suppressed figure counts as 0. */
    private Map<String, Integer> signals() {
        Map<?, ?> shown = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                        const t = document.querySelector('main table');
                        if (!t) return {};
                        const heads = [...t.querySelectorAll('thead th')].map(th => th.textContent.trim()).slice(1);
                        const row = [...t.querySelectorAll('tbody tr')]
                            .find(tr => tr.querySelector('th').textContent.trim() === 'Meldingen');
                        const cells = row ? [...row.querySelectorAll('td')].map(td => td.textContent.trim()) : [];
                        return Object.fromEntries(heads.map((h, i) => [h, cells[i] || '']));""");
        Map<String, Integer> signals = new HashMap<>();
        shown.forEach((name, text) -> signals.put(
                (String) name, String.valueOf(text).matches("[0-9]+") ? Integer.parseInt((String) text) : 0));
        return signals;
    }

    @Test
    void R_REPORTS_theAdministratorReadsTheWholeDeploymentsReportPerRegionAndIsOfferedItAsCsvAndSpreadsheet() {
        login("beheerder", "demo");
        waitForHeading("Welkom");
        clickLink("Rapportage");
        readReport("/beheer/rapportage", "Regio", "deployment");
        assertThat(main()).contains("Regio Eemland");
    }

    @Test
    void R_COORDINATOR_theOrganisationCoordinatorReadsTheOrganisationsFollowUpAtDesktopAndPhoneSize() {
        login("coordinator", "demo");
        waitForHeading("Welkom");
        clickLink("Opvolging van matches");
        waitForHeading("Opvolging van matches");
        assertThat(main())
                .contains("Matches over de uiterste datum", "Afstemmingen die uw professionals nog moeten doen");
        check("follow-up");
        driver.manage().window().setSize(PHONE);
        open("/organisatie/opvolging");
        assertThat(wider()).as("elements wider than the phone's screen").isEmpty();
        check("follow-up-phone");
        showFirstTable();
        check("follow-up-phone-table");
    }

    /**
     * Docs/adr/0050: a list of more than 100 matches past their deadline shows the 100 with the earliest deadlines and
     * says that there are more, at desktop and phone size. The demo has a few such matches; 120 more are added to one of
     * the organisation's cases still going on (pairs of the demo's signals in that case, their deadlines passed and
     * their escalation done, so no task acts on them), and taken away again after the test.
     */
    @Test
    void R_COORDINATOR_theOrganisationCoordinatorSeesTheFirst100OverdueMatchesAndThatThereAreMore() {
        UUID caseId = jdbc.sql("""
                        select cm.match_case_id
                        from coordination_match cm
                        join coordination_case cc on cc.match_case_id = cm.match_case_id
                        join signal d on d.id = cc.director_signal_id and d.status = 'ACTIVE'
                        where cm.consulted_at is null and (cm.organisation_a = :org or cm.organisation_b = :org)
                          and exists (select 1 from match_participant mp join signal s on s.id = mp.signal_id
                                      where mp.match_case_id = cm.match_case_id and mp.signal_id <> d.id
                                        and s.status = 'ACTIVE')
                        order by cm.due_on limit 1""")
                .param("org", COORDINATORS_ORGANISATION)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new AssertionError("the demo has no case of the organisation still going on"));
        LocalDate today = LocalDate.now();
        List<UUID> pairs = jdbc.sql("""
                        insert into match_pair (id, match_case_id, kind, signal_a, signal_b, region_a, region_b, created_at)
                        select gen_random_uuid(), :case, 'YOUTH', a.id, b.id, a.region_code, b.region_code, now()
                        from signal a join signal b on a.id < b.id
                        where not exists (select 1 from match_pair p where p.signal_a = a.id and p.signal_b = b.id)
                        limit 120
                        returning id""").param("case", caseId).query(UUID.class).list();
        assertThat(pairs).as("pairs of the demo's signals").hasSize(120);
        try {
            for (int i = 0; i < pairs.size(); i++) {
                jdbc.sql("""
                                insert into coordination_match (pair_id, match_case_id, kind, across_regions,
                                    organisation_a, organisation_b, matched_at, matched_on, due_on, escalated_at)
                                values (:pair, :case, 'YOUTH', false, :org, :org, now(), :matched, :due, now())""")
                        .param("pair", pairs.get(i))
                        .param("case", caseId)
                        .param("org", COORDINATORS_ORGANISATION)
                        .param("matched", today.minusDays(200 + i))
                        .param("due", today.minusDays(193 + i))
                        .update();
            }
            login("coordinator", "demo");
            waitForHeading("Welkom");
            clickLink("Opvolging van matches");
            waitForHeading("Opvolging van matches");
            assertThat(main()).contains("Het zijn er meer dan 100. U ziet de 100 met de vroegste uiterste datum.");
            assertThat(driver.findElements(By.cssSelector("main table"))
                            .get(0)
                            .findElements(By.cssSelector("tbody tr")))
                    .as("the rows of the list of matches past their deadline")
                    .hasSize(100);
            check("follow-up-more-than-100");
            driver.manage().window().setSize(PHONE);
            open("/organisatie/opvolging");
            assertThat(wider()).as("elements wider than the phone's screen").isEmpty();
            check("follow-up-more-than-100-phone");
            driver.manage().window().setSize(DESKTOP);
        } finally {
            jdbc.sql("delete from match_pair where id = any(:pairs)") // its coordination_match rows go with it
                    .param("pairs", pairs.toArray(UUID[]::new))
                    .update();
        }
    }

    /**
     * The report of the demo year, per month and per the role's own grouping; the downloads offered for exactly
     * what the page shows; then the same page on a phone.
     */
    private void readReport(String path, String groupedBy, String name) {
        waitForHeading("Rapportage");
        new Select(driver.findElement(By.id("jaar"))).selectByValue(String.valueOf(YEAR));
        new Select(driver.findElement(By.id("periode"))).selectByValue("MONTH");
        clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='Toon cijfers']")));
        assertThat(heading()).isEqualTo("Rapportage " + YEAR);
        assertThat(new Select(driver.findElement(By.id("per")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(groupedBy);
        assertThat(driver.findElements(By.cssSelector("main table")))
                .as("twelve months and the whole year")
                .hasSize(13);
        assertThat(main()).contains("Heel " + YEAR, "Meldingen");
        assertThat(main()).as("no code or enum shown").doesNotContain("MONTH", "QUARTER", "MUNICIPALITY");
        check(name + "-report");

        downloadOffered("CSV-bestand", path + ".csv", "text/csv", ".csv");
        downloadOffered("spreadsheet (Excel)", path + ".xlsx", "spreadsheetml.sheet", ".xlsx");

        driver.manage().window().setSize(PHONE);
        open(path + "?jaar=" + YEAR + "&periode=QUARTER");
        assertThat(wider())
                .as("elements wider than the phone's screen (a table scrolls inside its box, which fits)")
                .isEmpty();
        check(name + "-report-phone");
        showFirstTable();
        check(name + "-report-phone-table");
        driver.manage().window().setSize(DESKTOP);
    }

    /** The link is on the page, carries the page's choices, and the browser gets a non-empty attachment from it. */
    private void downloadOffered(String linkText, String path, String contentType, String extension) {
        WebElement link = driver.findElement(By.linkText(linkText));
        String href = link.getAttribute("href");
        assertThat(href).contains(path + "?", "jaar=" + YEAR, "periode=MONTH", "per=");
        Map<?, ?> response = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {credentials: 'same-origin'})
                          .then(r => r.arrayBuffer().then(b => done({status: r.status,
                              type: r.headers.get('content-type') || '',
                              disposition: r.headers.get('content-disposition') || '',
                              size: b.byteLength})))
                          .catch(e => done({status: -1, type: String(e), disposition: '', size: 0}));""", href);
        assertThat(((Number) response.get("status")).intValue())
                .as("status of " + href)
                .isEqualTo(200);
        assertThat((String) response.get("type")).contains(contentType);
        assertThat((String) response.get("disposition")).contains("attachment", extension);
        assertThat(((Number) response.get("size")).longValue()).isPositive();
    }

    /** Scrolls the first table into view, for the screenshot of a table on a phone. */
    private void showFirstTable() {
        ((JavascriptExecutor) driver)
                .executeScript("const t = document.querySelector('main table'); if (t) t.scrollIntoView();");
    }

    private List<?> wider() {
        return (List<?>) ((JavascriptExecutor) driver)
                .executeScript(String.join(
                        "\n",
                        "const wide = [];",
                        "document.querySelectorAll('body *').forEach(e => { if (e.parentElement && e.parentElement.closest('.app-table-wrap')) return;",
                        "  const r = e.getBoundingClientRect();",
                        "  if (r.right > document.documentElement.clientWidth + 1) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); });",
                        "return wide;"));
    }
}
