// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.standalone.InProcessMailServer;
import nl.verwijsindex.standalone.InProcessMailServer.ReceivedMail;

/**
 * Issue 13, defect 6 (R-NOTICE): exactly-once e-mail to an SMTP server is impossible, so a notice's e-mail goes
 * out at least once with a Message-ID that is the same on every attempt, and is not sent again while the outcome
 * of an attempt is unknown until the attempt's lease has run out.
 */
@IntegrationTest
class NoticeResendTest {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

    @Test
    void R_NOTICE_aNoticeSentAgainCarriesTheSameMessageId() {
        Professional a = matchedPair();
        await().atMost(Duration.ofSeconds(20)).until(() -> state(a).equals("SENT"));
        UUID notice = noticeOf(a);

        jdbc.sql("update notice set mail_state = 'QUEUED', mail_next_attempt_at = :now where id = :id")
                .param("now", OffsetDateTime.now())
                .param("id", notice)
                .update();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(a).size() == 2);
        assertThat(mailsTo(a))
                .extracting(NoticeResendTest::messageId)
                .containsOnly("<notice." + notice + "@localhost>");
    }

    @Test
    void R_NOTICE_anEmailWhoseSendingCouldNotBeRecordedIsNotSentAgainBeforeItsLeaseAndThenWithTheSameMessageId()
            throws InterruptedException {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String constraint = "simulate_outage_" + UUID.randomUUID().toString().replace("-", "");
        // The database refuses to record a's notice as SENT, as when it went down right after the SMTP server
        // accepted the e-mail.
        jdbc.sql(
                        "alter table notice add constraint %s check (mail_state <> 'SENT' or professional_id <> '%s') not valid"
                                .formatted(constraint, a.id().value()))
                .update();
        try {
            signalTogether(a, b);
            await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(a).size() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> state(a).equals("SENDING"));
            // Retry task (1 s) and event resubmission (2 s) run meanwhile: the lease keeps them from sending again.
            Thread.sleep(4_000);
            assertThat(mailsTo(a))
                    .as("no second send while the outcome is unknown")
                    .hasSize(1);
            assertThat(state(a)).isEqualTo("SENDING");
        } finally {
            jdbc.sql("alter table notice drop constraint " + constraint).update();
        }
        UUID notice = noticeOf(a);
        expireLease(notice);

        await().atMost(Duration.ofSeconds(20)).until(() -> state(a).equals("SENT"));
        assertThat(mailsTo(a))
                .hasSize(2)
                .extracting(NoticeResendTest::messageId)
                .containsOnly("<notice." + notice + "@localhost>");
    }

    @Test
    void R_NOTICE_aNoticeLeftSendingByAStoppedInstanceGoesOutWithinAMinuteOfItsLeaseWithTheSameMessageId() {
        Professional a = matchedPair();
        await().atMost(Duration.ofSeconds(20)).until(() -> state(a).equals("SENT"));
        UUID notice = noticeOf(a);
        // As an instance that stopped between its claim and recording the outcome leaves it.
        jdbc.sql("update notice set mail_state = 'SENDING', mail_next_attempt_at = :lease where id = :id")
                .param("lease", OffsetDateTime.now().plusSeconds(30))
                .param("id", notice)
                .update();
        expireLease(notice);

        await().atMost(Duration.ofMinutes(1)).until(() -> state(a).equals("SENT"));
        assertThat(mailsTo(a))
                .hasSize(2)
                .extracting(NoticeResendTest::messageId)
                .containsOnly("<notice." + notice + "@localhost>");
    }

    private Professional matchedPair() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        signalTogether(a, b);
        return a;
    }

    private void signalTogether(Professional a, Professional b) {
        Api api = new Api(port);
        String bsn = TestBsns.random();
        String birthDate = LocalDate.now().minusYears(7).toString();
        assertThat(api.post(a.signalsPath(), a.token(), Api.registration(bsn, birthDate))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(b.signalsPath(), b.token(), Api.registration(bsn, birthDate))
                        .status())
                .isEqualTo(201);
    }

    /** The lease runs out, as it would 30 seconds later. */
    private void expireLease(UUID notice) {
        jdbc.sql("update notice set mail_next_attempt_at = :past where id = :id and mail_state = 'SENDING'")
                .param("past", OffsetDateTime.now().minusSeconds(1))
                .param("id", notice)
                .update();
    }

    private UUID noticeOf(Professional professional) {
        return jdbc.sql("select id from notice where professional_id = :p")
                .param("p", professional.id().value())
                .query(UUID.class)
                .single();
    }

    private String state(Professional professional) {
        return jdbc.sql("select coalesce(string_agg(mail_state, ','), '') from notice where professional_id = :p")
                .param("p", professional.id().value())
                .query(String.class)
                .single();
    }

    private List<ReceivedMail> mailsTo(Professional professional) {
        return mailServer.received().stream()
                .filter(m -> m.to().equals(professional.email()))
                .toList();
    }

    private static String messageId(ReceivedMail mail) {
        Matcher m = MESSAGE_ID.matcher(mail.headers());
        return m.find() ? m.group(1) : null;
    }
}
