// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, "Done when": axe finds nothing on any page. Every demo role logs in once and opens every page of its
 * menu and its own account page, at desktop width and at phone width; the public pages and the error pages (404,
 * 403, 405, a form sent with errors, the login page after an expired session or a wrong password) likewise. Every
 * page gets its screenshot; the test fails once, at the end, listing every WCAG 2.1 A/AA violation of every impact
 * (not only the serious ones {@link BrowserTest#check} stops at) and every inline script or style.
 */
class EveryPageAccessibilityBrowserTest extends BrowserTest {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 812);

    /** The demo's accounts, one per role; "beheerder" is both the administrator and the functioneel beheerder. */
    private static final List<String> ACCOUNTS =
            List.of("sanne", "coordinator", "regievoerder", "regiocoordinator", "beheerder", "fg", "privacyloket");

    private final List<String> problems = new ArrayList<>();

    @Test
    void issue16_axeFindsNothingOnAnyPageOfAnyRoleAtDesktopAndPhoneSize() {
        visitAll("public", List.of("/", "/informatie", "/inloggen", "/inloggen?verlopen", "/inloggen?fout"));
        visitAll("public", List.of("/bestaat-niet"));
        for (String account : ACCOUNTS) {
            login(account, "demo");
            Set<String> pages = new LinkedHashSet<>();
            for (WebElement link : driver.findElements(By.cssSelector("nav[aria-label=Hoofdmenu] a, header a"))) {
                pages.add(link.getDomAttribute("href"));
            }
            assertThat(pages).as("the menu of %s", account).hasSizeGreaterThan(1);
            visitAll(account, List.copyOf(pages));
            if (account.equals("sanne")) {
                errorPages();
            }
            logout();
        }
        assertThat(problems)
                .as("accessibility problems on %d pages:%n%s", problems.size(), String.join("\n", problems))
                .isEmpty();
    }

    /** 404, 403, 405 and a form sent with errors, with the professional's menu. */
    private void errorPages() {
        visitAll("sanne-error", List.of("/bestaat-niet", "/regio/instellingen"));
        open("/signalen/nieuw");
        driver.findElement(By.id("vermoeden")).click();
        submit();
        submit();
        both("sanne-form-with-errors");
        ((JavascriptExecutor) driver).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/informatie';
                form.appendChild(document.querySelector('input[name=_csrf]').cloneNode());
                document.body.appendChild(form);
                form.submit();""");
        waitForHeading("Dit kan zo niet");
        both("sanne-405");
    }

    private void visitAll(String who, List<String> paths) {
        for (String path : paths) {
            open(path);
            both(who + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    /** The page as it is, at desktop width and at phone width (the same page: no second request). */
    private void both(String name) {
        collect(name);
        driver.manage().window().setSize(PHONE);
        collect(name + "-phone");
        driver.manage().window().setSize(DESKTOP);
    }

    private void collect(String name) {
        List<String> found = problems(name, true);
        if (!found.isEmpty()) {
            problems.add(name + " (" + driver.getCurrentUrl() + "):\n" + String.join("\n", found));
        }
    }
}
