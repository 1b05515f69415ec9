// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.DemoRun;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * The web application in a real browser (Debian's headless Chromium), as the demo run has it: demo data with
 * the demo accounts, no second factor. Every step saves a screenshot under
 * {@code target/screenshots/<test>/<step>.png} and is checked with axe-core (WCAG 2.1 A and AA; serious or
 * critical violations fail the test) and for inline script or style, which the Content-Security-Policy
 * forbids (except the style Chart.js sets on a chart's canvas from script, which the policy allows). Skipped where Chromium is not installed (.ci/run installs it).
 */
@DemoRun
abstract class BrowserTest {

    private static String axe;

    @LocalServerPort
    int port;

    @Autowired
    InProcessMailServer mailServer;

    WebDriver driver;
    /** Every address the browser was at, to prove no BSN was ever in one. */
    final List<String> visited = new ArrayList<>();

    private Path screenshots;
    private int step;

    @BeforeAll
    static void requireChromium() throws IOException {
        assumeTrue(
                Chromium.installed(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void startBrowser(TestInfo test) {
        driver = Browser.forNextTest(axe);
        screenshots = Path.of(
                "target",
                "screenshots",
                getClass().getSimpleName() + "."
                        + test.getTestMethod().orElseThrow().getName());
        step = 0;
    }

    @AfterEach
    void leaveBrowser() {
        Browser.afterTest();
    }

    /**
     * One headless Chromium for all browser tests of the JVM: starting one took a second or two of the two cores, 29
     * times a run. Before each test it is reset to what a new one shows: no cookies (so no session) and no cache, at
     * desktop size, on an empty page. A browser the reset cannot reach is quit, and the next test starts a new one.
     */
    private static final class Browser {

        private static WebDriver shared;

        static synchronized WebDriver forNextTest(String axe) {
            if (shared != null) {
                try {
                    reset(shared);
                } catch (RuntimeException e) {
                    quit();
                }
            }
            if (shared == null) {
                shared = Chromium.start();
                // axe-core in every page the browser opens, sent to the browser once: sending its 500 kB with each
                // check took a second a page, more than the check itself.
                ((HasCdp) shared).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit));
            }
            return shared;
        }

        static synchronized void afterTest() {
            if (shared != null) {
                try {
                    shared.get("about:blank");
                } catch (RuntimeException e) {
                    quit(); // an open dialog or a crashed tab: the next test gets a new browser
                }
            }
        }

        private static void reset(WebDriver driver) {
            HasCdp cdp = (HasCdp) driver;
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            cdp.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.manage().window().setSize(new Dimension(1280, 900));
        }

        private static synchronized void quit() {
            if (shared != null) {
                try {
                    shared.quit();
                } catch (RuntimeException e) {
                    // already gone
                }
                shared = null;
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
        visited.add(driver.getCurrentUrl());
    }

    /**
     * Issue 12: the path of the activation link in the last e-mail to {@code to}, once it arrived; the e-mail's link
     * names the configured base URL, the browser opens it on this run's port.
     */
    String activationPath(String to) {
        Pattern link = Pattern.compile("/activeren\\?code=[A-Za-z0-9_-]{43}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailServer.received().stream().anyMatch(m -> m.to().equals(to)));
        List<InProcessMailServer.ReceivedMail> mails =
                mailServer.received().stream().filter(m -> m.to().equals(to)).toList();
        Matcher found = link.matcher(mails.get(mails.size() - 1).body());
        assertThat(found.find()).as("an activation link").isTrue();
        return found.group();
    }

    void login(String username, String password) {
        open("/inloggen");
        type("gebruikersnaam", username);
        type("wachtwoord", password);
        submit();
    }

    void logout() {
        driver.findElement(By.xpath("//button[normalize-space()='Uitloggen']")).click();
        waitForHeading("Inloggen");
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the main form's submit button (the first in the main landmark) and waits for the next page. */
    void submit() {
        WebElement button = driver.findElement(By.cssSelector("main button[type=submit]"));
        clickAndWait(button);
    }

    void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> gone(element));
        visited.add(driver.getCurrentUrl());
    }

    /**
     * Whether the page the element was on has gone. Chromium sometimes answers for an element of a page being
     * replaced with "does not belong to the document" instead of a stale element: that too means gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void clickLink(String text) {
        clickAndWait(driver.findElement(By.partialLinkText(text)));
    }

    void waitForHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** A screenshot, the accessibility check and the CSP check of the page as it is now. */
    void check(String name) {
        List<String> problems = problems(name, false);
        assertThat(problems)
                .as("problems on %s (%s):%n%s", name, driver.getCurrentUrl(), String.join("\n", problems))
                .isEmpty();
    }

    /**
     * The screenshot of the page as it is now, and its problems: inline code the CSP forbids, a missing title, and
     * axe's WCAG 2.1 A/AA violations (serious and critical ones, or every one with {@code everyImpact}).
     */
    List<String> problems(String name, boolean everyImpact) {
        step++;
        visited.add(driver.getCurrentUrl());
        // The viewport as Chromium shows it, as the test's step's PNG (the DevTools call, to encode for speed).
        Map<String, Object> shot = ((HasCdp) driver)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "optimizeForSpeed", true));
        try {
            Files.createDirectories(screenshots);
            Files.write(
                    screenshots.resolve("%02d-%s.png".formatted(step, name)),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<String> problems = new ArrayList<>();
        Object inline = js.executeScript("""
                const found = [];
                document.querySelectorAll('script:not([src])').forEach(s => found.push('inline script'));
                document.querySelectorAll('style').forEach(s => found.push('style element'));
                // Chart.js sizes its <canvas> through element.style at run time (the CSSOM, which the CSP allows);
                // the attribute that leaves is no inline style in the page, so canvases are exempt.
                document.querySelectorAll('[style]:not(canvas)').forEach(e => found.push('style attribute on ' + e.tagName));
                document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) {
                    if (a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:')) found.push(a.name + ' on ' + e.tagName);
                } });
                if (!document.title.trim()) found.push('no page title');
                if (typeof axe === 'undefined') found.push('no axe');
                return found;""");
        for (Object found : (List<?>) inline) {
            if (found.equals("no page title")) {
                problems.add("- no page title");
            } else if (found.equals("no axe")) {
                js.executeScript(axe);
            } else {
                problems.add("- inline code: " + found);
            }
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const every = arguments[0];
                axe.run(document, {resultTypes: ['violations'],
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => every || v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""", everyImpact);
        String violations = describe((List<?>) result);
        if (!violations.isEmpty()) {
            problems.add(violations);
        }
        return problems;
    }

    private static String describe(List<?> violations) {
        return violations.stream()
                .map(v -> (Map<?, ?>) v)
                .map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                        + ((List<?>) v.get("nodes"))
                                .stream().map(Object::toString).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
