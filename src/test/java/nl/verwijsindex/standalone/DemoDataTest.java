package nl.verwijsindex.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.verwijsindex.Api;
import nl.verwijsindex.VerwijsindexApplication;

/** The demo run's published tokens work: an organisation's system and every demo municipality's supervisor. */
class DemoDataTest {

    @Test
    void thePublishedDemoTokensOpenTheirApis() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(VerwijsindexApplication.class).profiles("test")
                .run("--server.port=0", "--verwijsindex.demo.enabled=true", "--verwijsindex.standalone.data-dir=target/test-data-demo")) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(api.get("/api/v1/professionals", DemoData.ORGANISATIONS.get(0).token()).status()).isEqualTo(200);
            for (DemoData.DemoSupervisor supervisor : DemoData.SUPERVISORS) {
                assertThat(api.get("/api/v1/supervisor/work-list", supervisor.token()).status()).isEqualTo(200);
            }
        }
    }
}
