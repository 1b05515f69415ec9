// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.shared.DomainException;

/** R-COORDINATOR: only a notice that ran out of attempts is undeliverable, and only its own coordinator sends it again. */
@IntegrationTest
class UndeliverableNoticesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UndeliverableNotices undeliverable;

    @Test
    void R_COORDINATOR_aNoticeOutOfAttemptsIsListedForItsOwnOrganisationOnlyAndSentAgainOnce() {
        Fixtures fixtures = new Fixtures(context);
        Api api = new Api(port);
        String region = fixtures.region(false);
        Organisation mine = fixtures.organisation(region);
        Organisation theirs = fixtures.organisation(region);
        Professional a = fixtures.professional(mine);
        Professional b = fixtures.professional(theirs);
        String bsn = TestBsns.random();
        String birthDate = LocalDate.now().minusYears(6).toString();
        api.post(a.signalsPath(), a.token(), Api.registration(bsn, birthDate));
        api.post(b.signalsPath(), b.token(), Api.registration(bsn, birthDate));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(state(a)));
        NoticeId notice = new NoticeId(jdbc.sql("select id from notice where professional_id = :p")
                .param("p", a.id().value())
                .query(UUID.class)
                .single());

        assertThat(undeliverable.of(mine.id()))
                .as("a sent notice is not undeliverable")
                .isEmpty();
        assertThatThrownBy(() -> undeliverable.retry(mine.id(), notice)).isInstanceOf(DomainException.class);

        jdbc.sql(
                        "update notice set mail_state = 'FAILED', mail_attempts = 12, mail_next_attempt_at = null where id = :id")
                .param("id", notice.value())
                .update();
        assertThat(undeliverable.of(mine.id())).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(notice);
            assertThat(u.professionalName()).isEqualTo(a.name());
            assertThat(u.email()).isEqualTo(a.email());
            assertThat(u.attempts()).isEqualTo(12);
        });
        assertThat(undeliverable.of(theirs.id())).isEmpty();
        assertThatThrownBy(() -> undeliverable.retry(theirs.id(), notice))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(undeliverable.retryAllOf(theirs.id(), a.id())).isZero();

        undeliverable.retry(mine.id(), notice);
        assertThat(undeliverable.of(mine.id())).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(state(a)));
        assertThat(jdbc.sql("select mail_attempts from notice where id = :id")
                        .param("id", notice.value())
                        .query(Integer.class)
                        .single())
                .as("a fresh count of attempts")
                .isEqualTo(1);
    }

    private String state(Professional professional) {
        return jdbc.sql("select string_agg(mail_state, ',') from notice where professional_id = :p")
                .param("p", professional.id().value())
                .query(String.class)
                .optional()
                .orElse("");
    }
}
