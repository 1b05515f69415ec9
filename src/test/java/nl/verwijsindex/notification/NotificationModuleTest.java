// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.signal.EndReason;
import nl.verwijsindex.signal.RegisterSignal;
import nl.verwijsindex.signal.SignalEnding;
import nl.verwijsindex.signal.SignalId;
import nl.verwijsindex.signal.SignalRegistration;
import nl.verwijsindex.youth.Bsn;

/**
 * The notification module with the modules it listens to (matching, signals, coordination and what they
 * need), without the web site or the standalone run. A match is made for real, by registering signals; the
 * mail transport is a recording stand-in. A database of its own, so the registry of the full application
 * tests in the same JVM never hands their events to this context.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"access", "covenant"})
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "verwijsindex.standalone.data-dir=${verwijsindex.test.target:target}/test-data-notification-module",
            // no stand-in person register in a module test: the index works without one (R-BSN)
            "verwijsindex.standalone.brp.enabled=false",
            "verwijsindex.notification.base-url=https://verwijsindex.example"
        })
class NotificationModuleTest {

    private static final LocalDate BIRTH_DATE = LocalDate.now().minusYears(9);

    @Autowired
    ApplicationContext context;

    @Autowired
    SignalRegistration registration;

    @Autowired
    SignalEnding ending;

    @Autowired
    Inbox inbox;

    @Autowired
    RecordingMailSender mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void R_NOTICE_R_MAIL_EMPTY_aNewMatchGivesEachProfessionalOneNoticeAndAnEmailThatSaysNothingAboutTheYouth(
            Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Bsn youth = Bsn.parse(TestBsns.random());

        scenario.stimulate(() -> {
                    register(a, youth);
                    register(b, youth);
                })
                .andWaitForStateChange(() -> mail.sentTo(a.email(), b.email()), sent -> sent.size() == 2)
                .andVerify(sent -> {
                    for (Professional professional : List.of(a, b)) {
                        assertThat(inbox.of(professional.organisation().id(), professional.id(), false, Actor.SYSTEM))
                                .singleElement()
                                .satisfies(notice -> {
                                    assertThat(notice.kind()).isEqualTo(NoticeKind.MATCH);
                                    assertThat(notice.matchId()).isNotNull();
                                });
                    }
                    assertThat(sent)
                            .extracting(SimpleMailMessage::getTo)
                            .containsExactlyInAnyOrder(new String[] {a.email()}, new String[] {b.email()});
                    assertThat(sent).allSatisfy(message -> {
                        assertThat(message.getSubject()).startsWith("Nieuw bericht in de ");
                        assertThat(message.getText())
                                .contains("https://verwijsindex.example")
                                .doesNotContain(
                                        youth.value(),
                                        BIRTH_DATE.toString(),
                                        a.name(),
                                        b.name(),
                                        a.organisation().name(),
                                        b.organisation().name());
                    });
                });
    }

    @Test
    void DESIGN_4_aMatchWhoseSignalWasDeletedBeforeItWasAnnouncedTellsNoOne(Scenario scenario) {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Bsn youth = Bsn.parse(TestBsns.random());

        // The match is made and the signal deleted (R-END, unjustified) in one transaction: when the notice
        // listener runs, the match is gone.
        scenario.stimulate(() -> {
                    register(a, youth);
                    SignalId mistaken = register(b, youth);
                    ending.end(b.organisation().id(), b.id(), mistaken, EndReason.UNJUSTIFIED, Actor.SYSTEM);
                })
                .andWaitForStateChange(this::incompletePublications, count -> count == 0)
                .andVerify(count -> {
                    assertThat(inbox.of(a.organisation().id(), a.id(), false, Actor.SYSTEM))
                            .isEmpty();
                    assertThat(mail.sentTo(a.email(), b.email())).isEmpty();
                });
    }

    /**
     * Issue 18 (docs/adr/0058): a match is one publication in the registry, the case opening's, and its notices are
     * made in that listener's transaction: one insert, one update, one delete and one transaction after the commit,
     * where the notices had a publication of their own.
     */
    @Test
    void R_NOTICE_aMatchIsOnePublicationWhoseTransactionOpensTheCaseAndMakesTheNotices() {
        Fixtures fixtures = new Fixtures(context);
        String region = fixtures.region(false);
        Professional a = fixtures.professional(fixtures.organisation(region));
        Professional b = fixtures.professional(fixtures.organisation(region));
        Bsn youth = Bsn.parse(TestBsns.random());

        List<String> listeners = new ArrayList<>();
        String pair = new TransactionTemplate(transactionManager).execute(status -> {
            register(a, youth);
            SignalId second = register(b, youth);
            String made = jdbc.sql("select id::text from match_pair where :signal in (signal_a, signal_b)")
                    .param("signal", second.value())
                    .query(String.class)
                    .single();
            // the registry writes the publications in the publishing transaction, one per listener
            listeners.addAll(jdbc.sql("select listener_id from event_publication where serialized_event like :pair")
                    .param("pair", "%" + made + "%")
                    .query(String.class)
                    .list());
            return made;
        });
        assertThat(listeners)
                .containsExactly(
                        "nl.verwijsindex.coordination.internal.CoordinationListeners.on(nl.verwijsindex.matching.MatchesFound)");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> noticesAbout(pair) == 2);
        assertThat(jdbc.sql("""
                        select count(*) from coordination_match where pair_id = cast(:pair as uuid)""").param("pair", pair).query(Integer.class).single())
                .as("the case opened in the same transaction")
                .isEqualTo(1);
    }

    private int noticesAbout(String pair) {
        return jdbc.sql("select count(*) from notice where match_pair_id = cast(:pair as uuid)")
                .param("pair", pair)
                .query(Integer.class)
                .single();
    }

    private SignalId register(Professional professional, Bsn youth) {
        return registration
                .register(new RegisterSignal(
                        professional.organisation().id(),
                        professional.id(),
                        youth,
                        BIRTH_DATE,
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Actor.SYSTEM))
                .signal()
                .id();
    }

    /** Handed to every listener and handled (completed publications are deleted). */
    private int incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Integer.class)
                .single();
    }

    /** The mail transport of this test: keeps what would have been sent. */
    static class RecordingMailSender extends JavaMailSenderImpl {

        private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SimpleMailMessage message) {
            sent.add(message);
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }

        /** Notices go out as MIME messages (with their own Message-ID); kept here as what a reader sees. */
        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                try {
                    SimpleMailMessage kept = new SimpleMailMessage();
                    kept.setTo(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(Address::toString)
                            .toArray(String[]::new));
                    kept.setSubject(message.getSubject());
                    kept.setText(String.valueOf(message.getContent()));
                    sent.add(kept);
                } catch (MessagingException | IOException e) {
                    throw new MailPreparationException(e);
                }
            }
        }

        List<SimpleMailMessage> sentTo(String... addresses) {
            List<String> wanted = List.of(addresses);
            return sent.stream()
                    .filter(m -> m.getTo() != null && wanted.contains(m.getTo()[0]))
                    .toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Mail {

        @Bean
        RecordingMailSender mailSender() {
            return new RecordingMailSender();
        }
    }
}
