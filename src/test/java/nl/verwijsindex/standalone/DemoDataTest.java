// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.verwijsindex.Api;
import nl.verwijsindex.DemoRun;

/** The demo run's published tokens work: an organisation's system and every demo municipality's supervisor. */
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
}
