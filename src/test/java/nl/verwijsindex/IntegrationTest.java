// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * The whole application over HTTP, with a real (embedded) PostgreSQL and a real (in-process) SMTP server.
 * All tests with this annotation share one application context; each makes its own organisations and
 * youths, so they do not need to clean up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PersonRegisterDouble.Configuration.class)
public @interface IntegrationTest {}
