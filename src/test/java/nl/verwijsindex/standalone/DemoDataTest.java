// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.Api;
import nl.verwijsindex.DemoRun;
import tools.jackson.databind.JsonNode;

/**
 * The demo run's published tokens work: an organisation's system, every demo municipality's supervisor, and the
 * privacy desk of Amersfoort, which has one open request (R-REQUEST).
 */
@DemoRun
class DemoDataTest {

    @LocalServerPort
    int port;

    @Test
    void thePublishedDemoTokensOpenTheirApis() {
        Api api = new Api(port);
        assertThat(api.get(
                                "/api/v1/professionals",
                                DemoCast.ORGANISATIONS.get(0).token())
                        .status())
                .isEqualTo(200);
        for (DemoCast.DemoSupervisor supervisor : DemoCast.SUPERVISORS) {
            assertThat(api.get("/api/v1/supervisor/work-list", supervisor.token())
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void R_REQUEST_theDemoPrivacyDeskHasOneOpenRequestWithAdviceAsked() {
        Api api = new Api(port);
        Api.Response requests =
                api.get("/api/v1/privacy-desk/requests", DemoPrivacyDesk.CREDENTIAL + "." + DemoPrivacyDesk.SECRET);
        assertThat(requests.status()).as(requests.toString()).isEqualTo(200);
        // Open ones come first; the browser tests may add decided ones.
        JsonNode open = requests.json().get(0);
        assertThat(open.at("/kind").asString()).isEqualTo("ACCESS");
        assertThat(open.has("outcome")).isFalse();
        String id = open.at("/id").asString();
        assertThat(api.get(
                                "/api/v1/privacy-desk/requests/" + id,
                                DemoPrivacyDesk.CREDENTIAL + "." + DemoPrivacyDesk.SECRET)
                        .json()
                        .at("/advice"))
                .isNotEmpty();
    }
}
