// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import nl.verwijsindex.person.PersonRegister;
import tools.jackson.databind.json.JsonMapper;

/** The client takes the unconnected register's place exactly when a base URL is set and it is not switched off. */
class HaalCentraalConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PersonRegisterConfigurationWithoutTasks.class, HaalCentraalConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    @Test
    void withoutABaseUrlNoRegisterIsConnected() {
        context.run(app -> {
            assertThat(app).doesNotHaveBean(HaalCentraalPersonRegister.class);
            assertThat(app.getBean(PersonRegister.class).connected()).isFalse();
        });
    }

    @Test
    void withABaseUrlTheHaalCentraalClientIsThePersonRegister() {
        context.withPropertyValues(
                        "verwijsindex.person.brp.base-url=https://brp.example/haalcentraal/api/brp/",
                        "verwijsindex.person.brp.read-timeout=3s",
                        "verwijsindex.person.brp.max-attempts=2")
                .run(app -> {
                    assertThat(app.getBean(PersonRegister.class)).isInstanceOf(HaalCentraalPersonRegister.class);
                    assertThat(app.getBean(PersonRegister.class).connected()).isTrue();
                    BrpProperties properties = app.getBean(BrpProperties.class);
                    assertThat(properties.baseUrl()).isEqualTo("https://brp.example/haalcentraal/api/brp");
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.maxAttempts()).isEqualTo(2);
                });
    }

    @Test
    void switchedOffOrBlankMeansNotConnected() {
        context.withPropertyValues(
                        "verwijsindex.person.brp.base-url=https://brp.example", "verwijsindex.person.brp.enabled=false")
                .run(app -> assertThat(app.getBean(PersonRegister.class).connected())
                        .isFalse());
        context.withPropertyValues("verwijsindex.person.brp.base-url= ")
                .run(app -> assertThat(app.getBean(PersonRegister.class).connected())
                        .isFalse());
    }

    @Test
    void theApiKeyNeverShowsInTheSettingsText() {
        assertThat(BrpProperties.of("https://brp.example").withApiKey("s3cret").toString())
                .doesNotContain("s3cret");
    }

    /** The unconnected register as {@link PersonRegisterConfiguration} declares it, without its scheduled task. */
    static class PersonRegisterConfigurationWithoutTasks {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Conditional(PersonRegisterConfiguration.NoBaseUrl.class)
        PersonRegister notConnected() {
            return new PersonRegisterConfiguration().notConnected();
        }
    }
}
