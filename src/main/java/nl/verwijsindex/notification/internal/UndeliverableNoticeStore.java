// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.directory.ProfessionalId;
import nl.verwijsindex.notification.NoticeId;
import nl.verwijsindex.notification.NoticeKind;
import nl.verwijsindex.notification.UndeliverableNotices.Undeliverable;

/**
 * R-COORDINATOR: the SQL on the notices whose e-mail ran out of attempts, listed for the organisation coordinator
 * and queued again on request; only ever those of the organisation's own professionals.
 */
@Component
public class UndeliverableNoticeStore {

    private final JdbcClient jdbc;

    UndeliverableNoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Out of attempts (FAILED, no next attempt), for the professionals of one organisation; newest first. */
    public List<Undeliverable> undeliverableOf(OrganisationId organisation) {
        return jdbc.sql("""
                        select n.id, n.professional_id, p.name, p.email, n.kind, mp.kind as match_kind, n.created_at,
                               n.mail_attempts, n.mail_last_error
                        from notice n join professional p on p.id = n.professional_id
                        left join match_pair mp on mp.id = n.match_pair_id
                        where p.organisation_id = :organisation and n.mail_state = 'FAILED' and n.mail_next_attempt_at is null
                        order by n.created_at desc limit 500""")
                .param("organisation", organisation.value())
                .query((rs, n) -> new Undeliverable(
                        NoticeStore.noticeId(rs, n),
                        new ProfessionalId(rs.getObject("professional_id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("email"),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("match_kind"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getInt("mail_attempts"),
                        rs.getString("mail_last_error")))
                .list();
    }

    /** Queues an undeliverable notice of the organisation's professionals again, leased until {@code leaseEnd}. */
    public boolean requeue(NoticeId notice, OrganisationId organisation, OffsetDateTime leaseEnd) {
        return jdbc.sql("""
                        update notice set mail_state = 'QUEUED', mail_attempts = 0, mail_next_attempt_at = :lease
                        where id = :id and mail_state = 'FAILED' and mail_next_attempt_at is null
                          and professional_id in (select id from professional where organisation_id = :organisation)""")
                        .param("id", notice.value())
                        .param("organisation", organisation.value())
                        .param("lease", leaseEnd)
                        .update()
                > 0;
    }

    /** Queues every undeliverable notice of one professional of the organisation again. @return those queued */
    public List<NoticeId> requeueAllOf(
            ProfessionalId professional, OrganisationId organisation, OffsetDateTime leaseEnd) {
        return jdbc.sql("""
                        update notice set mail_state = 'QUEUED', mail_attempts = 0, mail_next_attempt_at = :lease
                        where professional_id = :professional and mail_state = 'FAILED' and mail_next_attempt_at is null
                          and professional_id in (select id from professional where organisation_id = :organisation)
                        returning id""")
                .param("professional", professional.value())
                .param("organisation", organisation.value())
                .param("lease", leaseEnd)
                .query(NoticeStore::noticeId)
                .list();
    }
}
