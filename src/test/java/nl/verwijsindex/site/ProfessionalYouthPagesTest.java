// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * Issue 16, the professional (items 1, 4 and 5): matches, messages, signals and the page after registering say
 * which of the professional's own youths they are about (the register's name and birth date, else the birth date
 * and the last BSN digits), never the other child; matches are grouped per youth with unread and newest first;
 * the start page counts what waits; right after registering the match shows the other professional's contact
 * card (R-NOTICE, R-VISIBLE).
 */
@IntegrationTest
class ProfessionalYouthPagesTest {

    private static final DateTimeFormatter DUTCH =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRegisterDouble register;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    Api api;
    String region;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        api = new Api(port);
        region = fixtures.region(false);
    }

    @Test
    void R_NOTICE_matchesMessagesAndSignalsNameTheOwnYouthGroupedPerYouthWithUnreadAndNewestFirst() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        LocalDate knownBirth = LocalDate.now().minusYears(11).withDayOfMonth(5);
        String known = TestBsns.random();
        String surname = "Merel" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        register.put(PersonRegisterDouble.child(known, knownBirth, surname, null));
        LocalDate unknownBirth = LocalDate.now().minusYears(7).withDayOfMonth(9);
        String unknown = TestBsns.random();

        register(mine, unknown, unknownBirth);
        String knownSignal = register(mine, known, knownBirth);
        register(other, unknown, unknownBirth);
        register(other, known, knownBirth);
        await().atMost(Duration.ofSeconds(30)).until(() -> unreadMatchNotices(mine) == 2);

        String knownLabel = "Kind " + surname + ", geboren " + DUTCH.format(knownBirth);
        String unknownLabel =
                "Jeugdige, geboren " + DUTCH.format(unknownBirth) + ", BSN eindigt op " + unknown.substring(5);
        String matches = page("/matches", mine);
        assertThat(matches)
                .contains(knownLabel, unknownLabel, other.name())
                .doesNotContain("Match 1", "Match 2", known, unknown);
        assertThat(matches.indexOf(knownLabel))
                .as("both unread: the youth with the newest match comes first")
                .isLessThan(matches.indexOf(unknownLabel));

        jdbc.sql("update notice set read_at = now() where professional_id = :p and match_pair_id in"
                        + " (select id from match_pair where :s in (signal_a, signal_b))")
                .param("p", mine.id().value())
                .param("s", UUID.fromString(knownSignal))
                .update();
        String afterReading = page("/matches", mine);
        assertThat(afterReading.indexOf(unknownLabel))
                .as("the youth with an unread match comes first")
                .isLessThan(afterReading.indexOf(knownLabel));

        String inbox = page("/berichten", mine);
        assertThat(inbox)
                .contains("Over " + knownLabel, "Over " + unknownLabel, "/matches#match-")
                .doesNotContain(known, unknown);
        assertThat(page("/signalen", mine)).contains(knownLabel, unknownLabel);
    }

    @Test
    void R_DEADLINE_theStartPageCountsNewMatchesMatchesToCoordinateAndSignalsThatEndSoon() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        LocalDate birth = LocalDate.now().minusYears(9);
        String bsn = TestBsns.random();
        String ending = register(mine, TestBsns.random(), birth);
        register(mine, bsn, birth);
        register(other, bsn, birth);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> unreadMatchNotices(mine) == 1
                        && jdbc.sql("select count(*) from coordination_match cm"
                                                + " join coordination_case cc on cc.match_case_id = cm.match_case_id"
                                                + " join match_pair mp on mp.id = cm.pair_id"
                                                + " join signal s on s.id in (mp.signal_a, mp.signal_b)"
                                                + " where s.professional_id = :p and cc.director_signal_id is not null")
                                        .param("p", mine.id().value())
                                        .query(Integer.class)
                                        .single()
                                > 0);
        jdbc.sql("update signal set active_until = :until where id = :id")
                .param("until", LocalDate.now().plusDays(10))
                .param("id", UUID.fromString(ending))
                .update();

        String mineStart = page("/", mine);
        String otherStart = page("/", other);
        assertThat(counter(mineStart, "teller-nieuwe-matches")).isEqualTo("1");
        assertThat(counter(mineStart, "teller-aflopend")).isEqualTo("1");
        assertThat(counter(otherStart, "teller-aflopend")).isEqualTo("0");
        assertThat(Integer.parseInt(counter(mineStart, "teller-afstemmen"))
                        + Integer.parseInt(counter(otherStart, "teller-afstemmen")))
                .as("one of the two directs the one match")
                .isEqualTo(1);
    }

    @Test
    void R_NOTICE_rightAfterRegisteringTheMatchShowsTheOwnYouthAndTheOtherProfessionalsContactCard() throws Exception {
        Professional earlier = fixtures.professional(fixtures.organisation(region));
        Professional mine = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        LocalDate birth = LocalDate.now().minusYears(14).withDayOfMonth(3);
        register(earlier, bsn, birth);

        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor me = WebTests.professional(context, mine);
        mvc.perform(
                post("/signalen/nieuw").session(session).with(me).with(csrf()).param("vermoeden", "ja"));
        String location = mvc.perform(post("/signalen/nieuw/gegevens")
                        .session(session)
                        .with(me)
                        .with(csrf())
                        .param("bsn", bsn)
                        .param("dag", "" + birth.getDayOfMonth())
                        .param("maand", "" + birth.getMonthValue())
                        .param("jaar", "" + birth.getYear()))
                .andExpect(redirectedUrlPattern("/signalen/*/vastgelegd"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String result = mvc.perform(get(location).session(session).with(me))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result)
                .contains(
                        "Jeugdige, geboren " + DUTCH.format(birth) + ", BSN eindigt op " + bsn.substring(5),
                        "Er is een match",
                        earlier.name(),
                        earlier.email(),
                        "06 1234 5678",
                        "Coördinator " + earlier.organisation().name())
                .doesNotContain(bsn);
    }

    @Test
    void R_END_endingAsUnjustifiedIsConfirmedOnItsOwnPageThatSaysHowManyMatchesAndProfessionalsEnd() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        LocalDate birth = LocalDate.now().minusYears(6);
        String id = register(mine, bsn, birth);
        register(fixtures.professional(fixtures.organisation(region)), bsn, birth);
        register(fixtures.professional(fixtures.organisation(region)), bsn, birth);

        mvc.perform(post("/signalen/" + id + "/beeindigen")
                        .with(WebTests.professional(mine))
                        .with(csrf())
                        .param("reden", "UNJUSTIFIED"))
                .andExpect(redirectedUrl("/signalen/" + id + "/beeindigen/onterecht"));
        String confirmation = page("/signalen/" + id + "/beeindigen/onterecht", mine);
        assertThat(confirmation)
                .contains(
                        "Signaal verwijderen omdat het niet terecht was?",
                        "helemaal verwijderd",
                        "Dit kunt u niet ongedaan maken",
                        "2 matches vervallen, met 2 andere professionals",
                        "BSN eindigt op " + bsn.substring(5))
                .doesNotContain(bsn);
        mvc.perform(post("/signalen/" + id + "/beeindigen/onterecht")
                        .with(WebTests.professional(mine))
                        .with(csrf()))
                .andExpect(redirectedUrl("/signalen/" + id + "/beeindigen/onterecht"));
        assertThat(api.get(mine.signalsPath() + "/" + id, mine.token()).status())
                .as("not deleted without the confirmation")
                .isEqualTo(200);
        mvc.perform(post("/signalen/" + id + "/beeindigen/onterecht")
                        .with(WebTests.professional(mine))
                        .with(csrf())
                        .param("bevestigd", "ja"))
                .andExpect(redirectedUrl("/signalen"));
        assertThat(api.get(mine.signalsPath() + "/" + id, mine.token()).status())
                .isEqualTo(404);
    }

    private String register(Professional professional, String bsn, LocalDate birth) {
        Api.Response created =
                api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, birth.toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/signal/id").asString();
    }

    private int unreadMatchNotices(Professional professional) {
        return jdbc.sql("select count(*) from notice where professional_id = :p and kind = 'MATCH' and read_at is null")
                .param("p", professional.id().value())
                .query(Integer.class)
                .single();
    }

    private String page(String path, Professional professional) throws Exception {
        return mvc.perform(get(path).with(WebTests.professional(professional)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String counter(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        return page.substring(page.indexOf('>', at) + 1, page.indexOf('<', at)).trim();
    }
}
