// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.person.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonCheck;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.person.Purpose;
import nl.verwijsindex.youth.Bsn;

/**
 * The register when none is connected (no {@code verwijsindex.person.brp.base-url}: {@link HaalCentraalConfiguration}
 * then declares nothing), and the cluster-safe tasks that keep the index current with the register: the
 * due checks every few seconds, and the nightly re-check of every youth with an active signal.
 */
@Configuration(proxyBeanMethods = false)
class PersonRegisterConfiguration {

    /** When no register is configured: nothing is asked, checks stay due, and a BSN cannot be resolved. */
    @Bean
    @Conditional(NoBaseUrl.class)
    PersonRegister notConnected() {
        return new PersonRegister() {
            @Override
            public boolean connected() {
                return false;
            }

            @Override
            public Optional<Person> find(Bsn bsn, Purpose purpose) {
                throw notConnected();
            }

            @Override
            public List<Bsn> search(PersonQuery query) {
                throw notConnected();
            }

            @Override
            public List<Bsn> residents(String addressableObjectId) {
                throw notConnected();
            }

            private PersonRegisterUnavailable notConnected() {
                return new PersonRegisterUnavailable(
                        PersonRegisterUnavailable.Reason.UNREACHABLE, "no person register is connected");
            }
        };
    }

    @Bean
    RecurringTask<Void> personChecksDue(
            PersonCheck check, @Value("${verwijsindex.person.check-interval:PT10S}") Duration interval) {
        return Tasks.recurring("person-checks-due", FixedDelay.of(interval)).execute((instance, context) -> {
            while (check.checkDue(100) == 100) {
                // keep going while a full batch was due
            }
        });
    }

    /** R-MOVE, R-DEATH: every night, every youth with an active signal. */
    @Bean
    RecurringTask<Void> nightlyPersonRecheck(
            PersonCheck check, Clock clock, @Value("${verwijsindex.person.recheck-time:01:30}") LocalTime at) {
        return Tasks.recurring("person-recheck", Schedules.daily(clock.getZone(), at))
                .execute((instance, context) -> check.recheckAll());
    }

    /** The opposite of {@link HaalCentraalConfiguration.BaseUrlSet}: exactly one of the two registers exists. */
    static class NoBaseUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new HaalCentraalConfiguration.BaseUrlSet().matches(context, metadata);
        }
    }
}
