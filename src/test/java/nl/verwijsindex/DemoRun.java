// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application as the demo run has it: demo data and its history, the demo accounts without a second
 * factor, the stand-in BRP. All tests with this annotation (the browser tests and the demo's own tests) share
 * one application context, so the demo history is loaded once; on a database of its own, so no second
 * application works on the integration tests' database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "verwijsindex.demo.enabled=true",
            "verwijsindex.accounts.second-factor-required=false",
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-demo"
        })
@ActiveProfiles("test")
public @interface DemoRun {}
