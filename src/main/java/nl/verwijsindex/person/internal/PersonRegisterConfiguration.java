package nl.verwijsindex.person.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import nl.verwijsindex.person.DeathCheck;
import nl.verwijsindex.person.Person;
import nl.verwijsindex.person.PersonQuery;
import nl.verwijsindex.person.PersonRegister;
import nl.verwijsindex.person.PersonRegisterUnavailable;
import nl.verwijsindex.youth.Bsn;

/**
 * The register when none is connected (no {@code verwijsindex.person.brp.base-url}: {@link HaalCentraalConfiguration}
 * then declares nothing), and the nightly death check, which does nothing while no register is connected.
 */
@Configuration(proxyBeanMethods = false)
class PersonRegisterConfiguration {

    /** The stand-in while no register is connected; a connected register is declared @Primary. */
    @Bean
    PersonRegister notConnected() {
        return new PersonRegister() {
            @Override
            public boolean connected() {
                return false;
            }

            @Override
            public Optional<Person> find(Bsn bsn) {
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
                return new PersonRegisterUnavailable(PersonRegisterUnavailable.Reason.UNREACHABLE,
                        "no person register is connected");
            }
        };
    }

    @Bean
    RecurringTask<Void> nightlyDeathCheck(DeathCheck check, Clock clock,
            @Value("${verwijsindex.person.death-check-time:01:30}") LocalTime at) {
        return Tasks.recurring("death-check", Schedules.daily(clock.getZone(), at))
                .execute((instance, context) -> check.checkAll());
    }
}
