// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The demo's family match (issue 4), as the two professionals see it: Joost signalled Noah Jansen and
 * Fatima his sister Emma; after the index asked the stand-in BRP, both have a family-match message and
 * each other's contact details, and nothing on their pages names the other child (R-NOTICE).
 */
class FamilyMatchBrowserTest extends BrowserTest {

    @Test
    void R_MATCH_FAMILY_bothProfessionalsOfTheDemoSiblingsSeeAFamilyMatchThatNamesNeitherChild() {
        login("joost", "demo");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    open("/berichten");
                    return main().contains("gezinsmatch");
                });
        assertThat(main()).contains("een ander kind uit hetzelfde gezin").doesNotContain("Emma", "999908881");
        check("joost-messages");
        open("/matches");
        assertThat(main())
                .contains("Gezinsmatch", "Fatima Yilmaz", "f.yilmaz@jeugdhulp-mn.example")
                .doesNotContain("Emma", "999908881");
        check("joost-matches");
        logout();

        login("fatima", "demo");
        open("/berichten");
        assertThat(main()).contains("gezinsmatch").doesNotContain("Noah", "999907931");
        open("/matches");
        assertThat(main())
                .contains("Gezinsmatch", "Joost van Dam", "j.vandam@eemlandcollege.example")
                .doesNotContain("Noah", "999907931");
        check("fatima-matches");
        open("/signalen");
        driver.findElement(org.openqa.selenium.By.partialLinkText("Open signaal"))
                .click();
        assertThat(main()).as("her own youth, from the BRP").contains("Emma Jansen", "30 september 2016");
        check("fatima-signal");
    }
}
