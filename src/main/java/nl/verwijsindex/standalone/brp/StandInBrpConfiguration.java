// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.standalone.brp;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The stand-in BRP in the standalone run, unless {@code verwijsindex.standalone.brp.enabled=false}.
 * {@link StandInBrpEnvironment} has chosen its port and pointed the client at it before the beans are made. Beyond
 * the fixture it holds the {@link StandInBrp.Residents} of the run (the demo history's youths), and the persons of
 * {@code verwijsindex.standalone.brp.population-file} when it is set (the benchmark's youths and their families).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "verwijsindex.standalone.enabled", havingValue = "true")
class StandInBrpConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "verwijsindex.standalone.brp.enabled", havingValue = "true", matchIfMissing = true)
    StandInBrp standInBrp(Environment environment, Clock clock, ObjectProvider<StandInBrp.Residents> residents) {
        return new StandInBrp(
                environment.getProperty("verwijsindex.standalone.brp.port", Integer.class, 0),
                environment.getProperty("verwijsindex.standalone.brp.api-key"),
                clock,
                residents.orderedStream().flatMap(r -> r.residents().stream()).toList(),
                populationFile(environment.getProperty("verwijsindex.standalone.brp.population-file")));
    }

    private static Path populationFile(String setting) {
        return setting == null || setting.isBlank() ? null : Path.of(setting);
    }
}
