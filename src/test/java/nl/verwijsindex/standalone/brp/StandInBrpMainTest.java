// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The stand-in as a process of its own for the benchmark (bench/run.sh --brp-apart, docs/adr/0055): on the port and
 * with the key it is given, answering as the stand-in in the service's JVM does.
 */
class StandInBrpMainTest {

    @Test
    void itServesTheFixtureOnAFreePortWithTheGivenKey() throws Exception {
        StandInBrp standIn = StandInBrpMain.start(new String[] {"0", "bench-key"});
        try {
            String query = """
                    {"type":"RaadpleegMetBurgerservicenummer","burgerservicenummer":["%s"],"fields":["burgerservicenummer"]}""".formatted(StandInPersons.SOPHIE_DE_WIT.value());
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/personen"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query));

            HttpResponse<String> withKey = http.send(
                    request.copy().header("X-API-KEY", "bench-key").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> withoutKey = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(withKey.statusCode()).isEqualTo(200);
            assertThat(withKey.body()).contains(StandInPersons.SOPHIE_DE_WIT.value());
            assertThat(withoutKey.statusCode()).isEqualTo(401);
        } finally {
            standIn.stop();
        }
    }

    @Test
    void itRefusesArgumentsThatAreNoPort() {
        assertThatThrownBy(() -> StandInBrpMain.start(new String[] {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandInBrpMain.start(new String[] {"http://x"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
