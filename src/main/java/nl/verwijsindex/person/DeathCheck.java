package nl.verwijsindex.person;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.signal.Signals;
import nl.verwijsindex.youth.YouthId;
import nl.verwijsindex.youth.Youths;

/**
 * R-DEATH: asks the person register about every youth with an active signal and announces a death, so the
 * youth's signals are deleted as soon as possible. One youth per transaction.
 */
@Service
public class DeathCheck {

    private static final int PAGE = 500;

    private final PersonRegister register;
    private final Signals signals;
    private final Youths youths;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DeathCheck(PersonRegister register, Signals signals, Youths youths, ApplicationEventPublisher events,
               TransactionTemplate transactions) {
        this.register = register;
        this.signals = signals;
        this.youths = youths;
        this.events = events;
        this.transactions = transactions;
    }

    /** @return how many deaths were found */
    public int checkAll() {
        if (!register.connected()) {
            return 0;
        }
        int deaths = 0;
        long after = 0;
        List<YouthId> page;
        do {
            page = signals.youthsWithActiveSignals(after, PAGE);
            for (YouthId youth : page) {
                if (check(youth)) {
                    deaths++;
                }
                after = youth.value();
            }
        } while (page.size() == PAGE);
        return deaths;
    }

    /** Asks about one youth; on a death, announces it in a transaction in which the listeners delete. */
    public boolean check(YouthId youth) {
        Optional<java.time.LocalDate> died = register.dateOfDeath(youths.bsnOf(youth));
        died.ifPresent(date -> transactions.executeWithoutResult(status -> events.publishEvent(new YouthDied(youth))));
        return died.isPresent();
    }
}
