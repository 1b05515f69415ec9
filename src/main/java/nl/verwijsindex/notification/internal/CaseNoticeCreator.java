package nl.verwijsindex.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.coordination.ConsultationOverdue;
import nl.verwijsindex.coordination.NewMatchToSupervise;
import nl.verwijsindex.coordination.ConsultationReminderDue;
import nl.verwijsindex.coordination.DirectorAppointed;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.shared.Moments;

/**
 * Notices about a match case (coordination): to a professional who became director by hand-over or
 * re-appointment (R-DIRECTOR), to the director a working day before the deadline (R-DEADLINE), and to the
 * supervisors of the case's municipality when the deadline passed (R-SUPERVISE). Through the
 * event publication registry, like the match notices; at most one per case, kind, recipient and date.
 */
@Component
class CaseNoticeCreator {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final NoticeDelivery delivery;
    private final Clock clock;
    private final MunicipalSupervisors supervisors;

    CaseNoticeCreator(JdbcClient jdbc, TransactionTemplate transactions, NoticeDelivery delivery, Clock clock,
                      MunicipalSupervisors supervisors) {
        this.supervisors = supervisors;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(DirectorAppointed appointed) {
        deliver(transactions.execute(status -> toProfessional(appointed.director().value(), "DIRECTOR_APPOINTED",
                appointed.matchCaseId(), LocalDate.now(clock))));
    }

    @Async
    @TransactionalEventListener
    void on(ConsultationReminderDue due) {
        deliver(transactions.execute(status -> toProfessional(due.director().value(), "CONSULTATION_REMINDER",
                due.matchCaseId(), due.dueOn())));
    }

    /** R-SUPERVISE: every current supervisor of the case's municipality hears that a deadline passed. */
    @Async
    @TransactionalEventListener
    void on(ConsultationOverdue overdue) {
        deliver(transactions.execute(status -> supervisors.of(overdue.municipalityCode()).stream()
                .flatMap(supervisor -> toSupervisor(supervisor.id(), overdue.matchCaseId(), overdue.dueOn()).stream())
                .toList()));
    }

    /** R-NOTICE: every current supervisor of the case's municipality hears of its new matches (once a day). */
    @Async
    @TransactionalEventListener
    void on(NewMatchToSupervise match) {
        deliver(transactions.execute(status -> supervisors.of(match.municipalityCode()).stream()
                .flatMap(supervisor -> toSupervisor(supervisor.id(), "NEW_MATCH", match.matchCaseId(), match.matchedOn()).stream())
                .toList()));
    }

    private List<UUID> toSupervisor(UUID supervisor, UUID caseId, LocalDate dueOn) {
        return toSupervisor(supervisor, "CONSULTATION_OVERDUE", caseId, dueOn);
    }

    private List<UUID> toSupervisor(UUID supervisor, String kind, UUID caseId, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into notice (id, supervisor_id, kind, match_case_id, about_date, created_at, mail_state,
                                            mail_next_attempt_at)
                        select :id, :supervisor, :kind, :case, :about, :now, 'QUEUED', :now
                        where exists (select 1 from match_case where id = :case)
                        on conflict (match_case_id, kind, coalesce(professional_id, supervisor_id), about_date)
                            where match_case_id is not null do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("supervisor", supervisor)
                .param("kind", kind)
                .param("case", caseId)
                .param("about", dueOn)
                .param("now", Moments.now(clock))
                .query(UUID.class)
                .list();
    }

    private List<UUID> toProfessional(UUID professional, String kind, UUID caseId, LocalDate aboutDate) {
        return jdbc.sql("""
                        insert into notice (id, professional_id, kind, match_case_id, about_date, created_at, mail_state,
                                            mail_next_attempt_at)
                        select :id, :professional, :kind, :case, :about, :now, 'QUEUED', :now
                        where exists (select 1 from match_case where id = :case)
                        on conflict (match_case_id, kind, coalesce(professional_id, supervisor_id), about_date)
                            where match_case_id is not null do nothing
                        returning id""")
                .param("id", UUID.randomUUID())
                .param("professional", professional)
                .param("kind", kind)
                .param("case", caseId)
                .param("about", aboutDate)
                .param("now", Moments.now(clock))
                .query(UUID.class)
                .list();
    }

    private void deliver(List<UUID> created) {
        if (created != null) {
            created.forEach(delivery::deliver);
        }
    }
}
