// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.national;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import nl.verwijsindex.MovableClock;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * The whole application with the national index switched on, a database of its own and a {@link NationalIndexDouble}
 * for the hub (docs/adr/0034). All tests with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({PersonRegisterDouble.Configuration.class, NationalIndexDouble.Configuration.class, MovableClock.Use.class})
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-national",
            "verwijsindex.logbook.checkpoint-dir=${verwijsindex.test.target:target}/test-data-national/logbook",
            "verwijsindex.national.enabled=true",
            "verwijsindex.national.hub-url=https://hub.test.example",
            "verwijsindex.national.pseudonym-service-url=https://pseudoniemen.test.example",
            "verwijsindex.national.ssl-bundle=national-test",
            "verwijsindex.national.recipient=hub",
            "verwijsindex.national.key-version=1",
            // The tests send and fetch themselves; the tasks run at start and after the clock is moved.
            "verwijsindex.national.send-interval=PT1H",
            "verwijsindex.national.inbox-interval=PT1H"
        })
public @interface NationalIntegrationTest {}
