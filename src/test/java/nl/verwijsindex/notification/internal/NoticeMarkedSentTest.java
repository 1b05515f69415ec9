// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.IntegrationTestBase;
import nl.verwijsindex.notification.NoticeId;

/**
 * R-PROOF: the outbox says which notices it marked as sent. A notice deleted while its e-mail went out (with the
 * signals of a youth who is deleted) is not among them, so its NOTICE_SENT entry is written without the youth's index
 * ({@code NoticeDelivery}); before, the entry kept the index of the deleted youth.
 */
@IntegrationTest
class NoticeMarkedSentTest extends IntegrationTestBase {

    @Autowired
    NoticeOutbox outbox;

    @Test
    void R_PROOF_aNoticeDeletedWhileItsEmailWentOutIsNotMarkedSent() {
        String region = fixtures.region(false);
        Professional director = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        UUID matchCase = UUID.fromString(matchCase(api, director, other, "2013-05-01"));
        // The delivery is done with both first (a failed one it would try again a second later), or it could mark one
        // sent meanwhile.
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(matchCase) == 2);
        List<UUID> notices = notices(matchCase);
        // Both being sent under a lease, as a claim leaves them; then the one is deleted, as a youth's deletion does.
        jdbc.sql("""
                        update notice set mail_state = 'SENDING', mail_next_attempt_at = now() + interval '1 hour'
                        where id = any(:ids)""").param("ids", notices.toArray(UUID[]::new)).update();
        jdbc.sql("delete from notice where id = :id")
                .param("id", notices.get(0))
                .update();

        assertThat(outbox.markSent(notices.stream().map(NoticeId::new).toList(), null))
                .containsExactly(new NoticeId(notices.get(1)));
        assertThat(jdbc.sql("select mail_state from notice where id = :id")
                        .param("id", notices.get(1))
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }

    private int sent(UUID matchCase) {
        return jdbc.sql("""
                        select count(*) from notice n join match_pair mp on mp.id = n.match_pair_id
                        where mp.match_case_id = :case and n.mail_state = 'SENT'""").param("case", matchCase).query(Integer.class).single();
    }

    private List<UUID> notices(UUID matchCase) {
        return jdbc.sql("""
                        select n.id from notice n join match_pair mp on mp.id = n.match_pair_id
                        where mp.match_case_id = :case order by n.id""").param("case", matchCase).query(UUID.class).list();
    }
}
