// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.person.PersonRegisterDouble;

/**
 * Issue 16, the professional (items 2 and 3): with a register connected the form asks "Is dit de jeugdige?" with the
 * register's name and birth date before anything is saved, and a mismatch stops it; an organisation that may not use
 * the BSN registers by surname, birth date and gender (R-BSN-HIDDEN); a youth without a BSN is registered (R-NOBSN)
 * and gets the BSN later on the signal's page, merging with the youth the index knows by it.
 */
@IntegrationTest
class NewSignalFormPagesTest {

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
    void R_YOUTH_withARegisterTheFormAsksIsDitDeJeugdigeWithTheRegistersNameAndAMismatchStops() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String surname = surname();
        LocalDate birth = LocalDate.now().minusYears(14).withDayOfMonth(12);
        register.put(PersonRegisterDouble.child(bsn, birth, surname, null));
        Form form = new Form(mine);

        String mismatch = form.send(Map.of(
                        "bsn", bsn, "dag", "13", "maand", "" + birth.getMonthValue(), "jaar", "" + birth.getYear()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mismatch)
                .contains("De geboortedatum past niet bij dit BSN volgens de BRP", "href=\"#geboortedatum\"")
                .doesNotContain("Kind " + surname, "Is dit de jeugdige?");

        Map<String, String> fields = Map.of(
                "bsn",
                bsn,
                "dag",
                "" + birth.getDayOfMonth(),
                "maand",
                "" + birth.getMonthValue(),
                "jaar",
                "" + birth.getYear());
        String question = form.send(fields)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(question).contains("Is dit de jeugdige?", "Kind " + surname, DUTCH.format(birth), "bevestigd");
        assertThat(api.get(mine.signalsPath(), mine.token()).json())
                .as("nothing is saved before the confirmation")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from logbook_entry where action = 'PERSON_REGISTER_QUERIED'"
                                + " and professional_id = :p and subject_id = 'CONFIRMATION:ONE_FOUND'")
                        .param("p", mine.id().value())
                        .query(Integer.class)
                        .single())
                .as("R-LOGBOOK: both questions to the register, the mismatch and this one, are logged")
                .isEqualTo(2);

        Map<String, String> confirmed = new HashMap<>(fields);
        confirmed.put("bevestigd", "ja");
        String location = form.send(confirmed)
                .andExpect(redirectedUrlPattern("/signalen/*/vastgelegd"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).doesNotContain(bsn);
        assertThat(form.page(location))
                .contains("Kind " + surname, "de jeugdige én de wettelijk vertegenwoordiger")
                .doesNotContain(bsn);
    }

    @Test
    void R_BSN_HIDDEN_anOrganisationThatMayNotUseTheBsnRegistersBySurnameBirthDateAndGenderAndNeverSeesIt()
            throws Exception {
        Organisation school = fixtures.organisation(region, "PRIMARY_EDUCATION");
        fixtures.directory().authoriseBsnUse(school.id(), false);
        Professional teacher = fixtures.professional(school);
        String bsn = TestBsns.random();
        String surname = surname();
        LocalDate birth = LocalDate.now().minusYears(8).withDayOfMonth(20);
        register.put(PersonRegisterDouble.child(bsn, birth, surname, null));
        Form form = new Form(teacher);

        String empty = form.page("/signalen/nieuw/gegevens");
        assertThat(empty)
                .contains("Uw organisatie mag het BSN niet gebruiken", "id=\"achternaam\"", "id=\"postcode\"")
                .doesNotContain("id=\"bsn\"");
        Map<String, String> fields = Map.of(
                "achternaam",
                surname,
                "dag",
                "" + birth.getDayOfMonth(),
                "maand",
                "" + birth.getMonthValue(),
                "jaar",
                "" + birth.getYear());
        assertThat(form.send(fields)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "Kies het geslacht zoals het in de BRP staat",
                        "href=\"#geslacht\"",
                        "value=\"" + surname + "\"");

        Map<String, String> complete = new HashMap<>(fields);
        complete.put("geslacht", "V");
        String location = form.send(complete)
                .andExpect(redirectedUrlPattern("/signalen/*/vastgelegd"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String result = form.page(location);
        assertThat(result).contains("Signaal vastgelegd", "Kind " + surname).doesNotContain(bsn);
        assertThat(form.page("/signalen")).contains("Kind " + surname).doesNotContain(bsn, bsn.substring(5));
    }

    @Test
    void R_NOBSN_aYouthWithoutBsnIsRegisteredInTheFormAndTheBsnAddedLaterMakesTheMatch() throws Exception {
        Professional mine = fixtures.professional(fixtures.organisation(region));
        Professional other = fixtures.professional(fixtures.organisation(region));
        String bsn = TestBsns.random();
        String surname = surname();
        LocalDate birth = LocalDate.now().minusYears(5).withDayOfMonth(2);
        Form form = new Form(mine);

        String location = form.send(Map.of(
                        "identificatie",
                        "geen-bsn",
                        "achternaam",
                        surname,
                        "geslacht",
                        "V",
                        "dag",
                        "" + birth.getDayOfMonth(),
                        "maand",
                        "" + birth.getMonthValue(),
                        "jaar",
                        "" + birth.getYear()))
                .andExpect(redirectedUrlPattern("/signalen/*/vastgelegd"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.split("/")[2];
        String signal = form.page("/signalen/" + id);
        assertThat(signal).contains("Verwijsindexnummer (geen BSN)", "BSN toevoegen");

        register.put(PersonRegisterDouble.child(bsn, birth, surname, null));
        assertThat(api.post(other.signalsPath(), other.token(), Api.registration(bsn, birth.toString()))
                        .status())
                .isEqualTo(201);
        String wrong = TestBsns.random();
        register.put(PersonRegisterDouble.child(wrong, birth.minusDays(1), surname, null));
        mvc.perform(post("/signalen/" + id + "/bsn")
                        .session(form.session)
                        .with(form.me)
                        .with(csrf())
                        .param("bsn", wrong))
                .andExpect(redirectedUrl("/signalen/" + id + "#bsn-kop"));
        assertThat(form.page("/signalen/" + id)).contains("past volgens de BRP niet", "BSN toevoegen");

        mvc.perform(post("/signalen/" + id + "/bsn")
                        .session(form.session)
                        .with(form.me)
                        .with(csrf())
                        .param("bsn", bsn))
                .andExpect(redirectedUrl("/signalen/" + id));
        assertThat(form.page("/signalen/" + id))
                .contains(bsn, "Het BSN is toegevoegd")
                .doesNotContain("BSN toevoegen");
        assertThat(api.get(mine.matchesPath(), mine.token()).json())
                .as("merged with the youth the other professional registered by BSN")
                .hasSize(1);
    }

    /** A surname unique to this run: six random letters (a name the register's name search accepts). */
    private static String surname() {
        StringBuilder letters = new StringBuilder("Zwaluw");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** The form of a new signal in one session, past the weighing step. */
    private final class Form {

        final MockHttpSession session = new MockHttpSession();
        final RequestPostProcessor me;

        Form(Professional professional) throws Exception {
            me = WebTests.professional(context, professional);
            mvc.perform(post("/signalen/nieuw")
                    .session(session)
                    .with(me)
                    .with(csrf())
                    .param("vermoeden", "ja"));
        }

        ResultActions send(Map<String, String> fields) throws Exception {
            MockHttpServletRequestBuilder request =
                    post("/signalen/nieuw/gegevens").session(session).with(me).with(csrf());
            fields.forEach(request::param);
            return mvc.perform(request);
        }

        String page(String path) throws Exception {
            return mvc.perform(get(path).session(session).with(me))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }
    }
}
