// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R-INFORM: the public page for youths and parents, reached from the start page without logging in; axe-checked. */
class InformationBrowserTest extends BrowserTest {

    @Test
    void R_INFORM_aParentFindsTheInformationPageFromTheStartPage() {
        open("/");
        clickLink("wat de Verwijsindex is en wat uw rechten zijn");
        waitForHeading("Informatie voor jongeren en ouders");
        assertThat(main()).contains("Uw rechten").contains("Waar vraagt u het?");
        check("information");
    }
}
