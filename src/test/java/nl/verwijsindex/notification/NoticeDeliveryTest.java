// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

/** Nothing is lost: a committed match is announced even when the mail server is down at that moment. */
@IntegrationTest
class NoticeDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

    @Test
    void R_NOTICE_whenTheMailServerIsDownNoticesWaitAsFailedAndAreSentOnceItIsBack() {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String birthDate = LocalDate.now().minusYears(4).toString();

        mailServer.stop();
        try {
            assertThat(api.post(a.signalsPath(), a.token(), Api.registration(bsn, birthDate))
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(b.signalsPath(), b.token(), Api.registration(bsn, birthDate))
                            .status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> states(a, b).equals(List.of("FAILED", "FAILED")));
            assertThat(api.get(a.inboxPath(), a.token()).json())
                    .as("the inbox does not wait for e-mail")
                    .hasSize(1);
            assertThat(jdbc.sql("select max(mail_last_error) from notice where professional_id = :p")
                            .param("p", a.id().value())
                            .query(String.class)
                            .single())
                    .isEqualTo("MailSendException");
        } finally {
            mailServer.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> states(a, b).equals(List.of("SENT", "SENT")));
        assertThat(mailServer.received())
                .extracting(InProcessMailServer.ReceivedMail::to)
                .contains(a.email(), b.email());
        assertThat(mailServer.received().stream().filter(m -> m.to().equals(a.email())))
                .as("sent once, not once per attempt")
                .hasSize(1);
    }

    private List<String> states(Professional... professionals) {
        return java.util.Arrays.stream(professionals)
                .map(p -> jdbc.sql("select string_agg(mail_state, ',') from notice where professional_id = :p")
                        .param("p", p.id().value())
                        .query(String.class)
                        .optional()
                        .orElse(""))
                .map(s -> s == null ? "" : s)
                .toList();
    }
}
