package nl.verwijsindex.notification;

import nl.verwijsindex.shared.Moments;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.access.MunicipalSupervisorPrincipal;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;

/** The in-app inbox of a professional or a municipal supervisor. */
@Service
@Transactional
public class Inbox {

    private static final RowMapper<NoticeView> VIEW = (rs, n) -> new NoticeView(rs.getObject("id", UUID.class),
            rs.getString("kind"), rs.getObject("match_pair_id", UUID.class), rs.getObject("signal_id", UUID.class),
            rs.getObject("match_case_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("read_at", OffsetDateTime.class), NoticeView.MailState.valueOf(rs.getString("mail_state")),
            rs.getString("match_kind"), NoticeView.message(rs.getString("kind"), rs.getString("match_kind")));

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Logbook logbook;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Directory directory, Logbook logbook, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.logbook = logbook;
        this.clock = clock;
    }

    public List<NoticeView> of(OrganisationId organisation, ProfessionalId professional, boolean unreadOnly, Actor actor) {
        directory.requireProfessionalOf(organisation, professional);
        List<NoticeView> notices = jdbc.sql("""
                        select n.id, n.kind, n.match_pair_id, n.signal_id, n.match_case_id, n.created_at, n.read_at,
                               n.mail_state, mp.kind as match_kind
                        from notice n left join match_pair mp on mp.id = n.match_pair_id
                        where n.professional_id = :professional and (not :unreadOnly or n.read_at is null)
                        order by n.created_at desc limit 500""")
                .param("professional", professional.value())
                .param("unreadOnly", unreadOnly)
                .query(VIEW)
                .list();
        logbook.record(new LogbookEntry(Action.INBOX_VIEWED, actor, professional.value(), organisation.value(), null, null,
                Integer.toString(notices.size())));
        return notices;
    }

    /** A municipal supervisor's inbox: the escalations of their municipality's match cases. */
    public List<NoticeView> ofSupervisor(MunicipalSupervisorPrincipal supervisor, boolean unreadOnly) {
        List<NoticeView> notices = jdbc.sql("""
                        select id, case kind when 'MOVED' then 'MOVED_IN' else kind end as kind, match_pair_id,
                               signal_id, match_case_id, created_at, read_at, mail_state, null as match_kind
                        from notice
                        where supervisor_id = :supervisor and (not :unreadOnly or read_at is null)
                        order by created_at desc limit 500""")
                .param("supervisor", supervisor.supervisorId())
                .param("unreadOnly", unreadOnly)
                .query(VIEW)
                .list();
        logbook.record(new LogbookEntry(Action.INBOX_VIEWED, new Actor(Actor.Type.USER, supervisor.actorId()), null, null,
                null, null, Integer.toString(notices.size())));
        return notices;
    }

    public void markReadBySupervisor(MunicipalSupervisorPrincipal supervisor, UUID noticeId) {
        int updated = jdbc.sql("update notice set read_at = coalesce(read_at, :now) where id = :id and supervisor_id = :supervisor")
                .param("id", noticeId)
                .param("supervisor", supervisor.supervisorId())
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "notice-not-found", "Dit bericht bestaat niet of is niet voor u.");
        }
    }

    public void markRead(OrganisationId organisation, ProfessionalId professional, UUID noticeId) {
        directory.requireProfessionalOf(organisation, professional);
        int updated = jdbc.sql("""
                        update notice set read_at = coalesce(read_at, :now)
                        where id = :id and professional_id = :professional""")
                .param("id", noticeId)
                .param("professional", professional.value())
                .param("now", Moments.now(clock))
                .update();
        if (updated == 0) {
            throw new DomainException(Kind.NOT_FOUND, "notice-not-found", "Dit bericht bestaat niet of is niet voor u.");
        }
    }
}
