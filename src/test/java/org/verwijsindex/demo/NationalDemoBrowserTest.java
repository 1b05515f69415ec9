// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package org.verwijsindex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import nl.verwijsindex.site.Chromium;

/**
 * R-NATIONAL: the two-region demo as the README describes it ("Two regions and the national index"), started by
 * {@link NationalDemo} itself on free ports: Kees in region B sees Joost (same youth) and Fatima (family) of region A
 * on <em>Mijn matches</em>, and Joost sees Kees, in a real browser.
 */
class NationalDemoBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "NationalDemoBrowserTest");

    private static List<ConfigurableApplicationContext> parties = List.of();
    private static NationalDemo.Ports ports;

    private WebDriver driver;

    @BeforeAll
    static void startTheDemo() throws IOException {
        assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed");
        ports = new NationalDemo.Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        // Without region A's year of history (half a minute): the test looks at the cross-region matches only.
        parties = NationalDemo.start(
                Files.createTempDirectory("national-demo"), ports, "--verwijsindex.demo.history.enabled=false");
    }

    @AfterAll
    static void stopTheDemo() {
        List<ConfigurableApplicationContext> lastFirst = new ArrayList<>(parties);
        Collections.reverse(lastFirst);
        lastFirst.forEach(ConfigurableApplicationContext::close);
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void R_NATIONAL_R_MATCH_YOUTH_R_MATCH_FAMILY_keesInRegionBSeesJoostAndFatimaOfRegionAAndJoostSeesKees()
            throws IOException {
        driver = Chromium.start();

        login(ports.regionB(), "kees");
        String kees = matchesOnceArrived(ports.regionB(), "Joost van Dam", "Fatima Yilmaz");
        assertThat(kees).contains("Betrokken bij dezelfde jeugdige, in een andere regio");
        assertThat(kees).contains("Gezinsmatch in een andere regio");
        assertThat(kees).contains("Regio A").doesNotContain(NationalDemo.REGION_A);
        screenshot("1-kees-in-region-b");

        login(ports.regionA(), "joost");
        String joost = matchesOnceArrived(ports.regionA(), "Kees Visser");
        assertThat(joost).contains("Regio B").doesNotContain(NationalDemo.REGION_B);
        screenshot("2-joost-in-region-a");
    }

    private void login(int port, String username) {
        driver.get("http://localhost:" + port + "/inloggen");
        driver.findElement(By.id("gebruikersnaam")).sendKeys(username);
        driver.findElement(By.id("wachtwoord")).sendKeys("demo");
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/inloggen"));
    }

    /** The text of Mijn matches once it names everyone expected; the regions send and fetch every few seconds. */
    private String matchesOnceArrived(int port, String... names) {
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofSeconds(3)).until(d -> {
            d.get("http://localhost:" + port + "/matches");
            String text = d.findElement(By.tagName("main")).getText();
            for (String name : names) {
                if (!text.contains(name)) {
                    return false;
                }
            }
            return true;
        });
        return driver.findElement(By.tagName("main")).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
