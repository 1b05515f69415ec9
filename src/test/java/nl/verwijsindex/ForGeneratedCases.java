// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.TestAbortedException;

import nl.verwijsindex.Generated.Case;

/**
 * A parameterized test over {@link Generated#cases}, with a {@code @MethodSource} that makes them. Each
 * invocation is named for its case; a failure says the seed and case number, and how to run that seed again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@ExtendWith(ForGeneratedCases.NamesTheSeed.class)
public @interface ForGeneratedCases {

    /** Wraps a failure in one whose message starts with the failing case's seed and number. */
    class NamesTheSeed implements InvocationInterceptor {

        @Override
        public void interceptTestTemplateMethod(
                Invocation<Void> invocation,
                ReflectiveInvocationContext<Method> invocationContext,
                ExtensionContext extensionContext)
                throws Throwable {
            try {
                invocation.proceed();
            } catch (TestAbortedException aborted) {
                throw aborted;
            } catch (Throwable failure) {
                Optional<Case<?>> failed = invocationContext.getArguments().stream()
                        .filter(Case.class::isInstance)
                        .<Case<?>>map(Case.class::cast)
                        .findFirst();
                if (failed.isEmpty()) {
                    throw failure;
                }
                throw new AssertionError(
                        "Failed on " + failed.get() + System.lineSeparator() + "(repeat with -D"
                                + Generated.SEED_PROPERTY + "=" + failed.get().seed() + "): " + failure,
                        failure);
            }
        }
    }
}
