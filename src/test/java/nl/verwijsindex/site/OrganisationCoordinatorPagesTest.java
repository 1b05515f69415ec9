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
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.verwijsindex.Api;
import nl.verwijsindex.Fixtures;
import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.IntegrationTest;
import nl.verwijsindex.TestBsns;
import nl.verwijsindex.WebTests;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Directory.StaffMember;
import nl.verwijsindex.standalone.InProcessMailServer;

/**
 * The organisation coordinator's pages without a browser (R-COORDINATOR): only their own organisation's
 * professionals, signals of leavers (R-TRANSFER) and undeliverable e-mails, forms that keep the input, and
 * a retry that really goes out over SMTP to the corrected address.
 */
@IntegrationTest
class OrganisationCoordinatorPagesTest {

    private static final String CHILD = LocalDate.now().minusYears(9).toString();

    @Autowired
    ApplicationContext context;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InProcessMailServer mailServer;

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
    void R_COORDINATOR_otherRolesCannotOpenTheCoordinatorsPagesAndAFormWithoutCsrfTokenIsRefused() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        RequestPostProcessor asProfessional = signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "p",
                "P",
                Role.PROFESSIONAL,
                professional.id().value(),
                organisation.id().value(),
                null,
                null));
        RequestPostProcessor asAdministrator =
                signedIn(new SignedInAccount(UUID.randomUUID(), "a", "A", Role.ADMINISTRATOR, null, null, null, null));
        for (String page : List.of(
                "/organisatie/professionals",
                "/organisatie/professionals/nieuw",
                "/organisatie/professionals/" + professional.id(),
                "/organisatie/vertrokken",
                "/organisatie/onbestelbaar")) {
            mvc.perform(get(page).with(asProfessional)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(asAdministrator)).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
        }
        mvc.perform(get("/beheer/accounts").with(coordinatorOf(organisation))).andExpect(status().isForbidden());
        mvc.perform(post("/organisatie/professionals/nieuw")
                        .with(coordinatorOf(organisation))
                        .param("naam", "Zonder token")
                        .param("email", "z@test.example")
                        .param("telefoon", "06 1"))
                .andExpect(status().isForbidden());
        assertThat(directory.staffOf(organisation.id()))
                .extracting(StaffMember::name)
                .doesNotContain("Zonder token");
    }

    @Test
    void R_COORDINATOR_aCoordinatorOfAnotherOrganisationFindsNeitherItsProfessionalsNorItsSignals() throws Exception {
        Organisation mine = fixtures.organisation(region);
        Organisation theirs = fixtures.organisation(region);
        Professional other = fixtures.professional(theirs);
        Professional colleague = fixtures.professional(theirs);
        String signal = api.post(other.signalsPath(), other.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        fixtures.staff().markLeft(other.id(), LocalDate.now());
        RequestPostProcessor coordinator = coordinatorOf(mine);

        mvc.perform(get("/organisatie/professionals/" + other.id()).with(coordinator))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisatie/professionals/" + colleague.id() + "/gegevens")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", "Overgenomen")
                        .param("email", "x@test.example")
                        .param("telefoon", "06 1234 5678"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisatie/professionals/" + colleague.id() + "/aanwijzing")
                        .with(coordinator)
                        .with(csrf())
                        .param("aangewezen", "nee"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisatie/professionals/" + colleague.id() + "/vertrek")
                        .with(coordinator)
                        .with(csrf())
                        .param("vertrekdatum", LocalDate.now().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisatie/vertrokken/" + signal + "/overzetten")
                        .with(coordinator)
                        .with(csrf())
                        .param("collega", colleague.id().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisatie/vertrokken/" + signal + "/beeindigen")
                        .with(coordinator)
                        .with(csrf())
                        .param("reden", "UNJUSTIFIED"))
                .andExpect(status().isNotFound());
        String leavers = mvc.perform(get("/organisatie/vertrokken").with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(leavers).doesNotContain(signal).contains("Er zijn geen actieve signalen van vertrokken collega's");

        StaffMember untouched = staff(theirs, colleague);
        assertThat(untouched.name()).isEqualTo(colleague.name());
        assertThat(untouched.designated()).isTrue();
        assertThat(untouched.leftOn()).isNull();
        assertThat(api.get(other.signalsPath() + "/" + signal, theirs.token())
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("ACTIVE");
        mvc.perform(get("/organisatie/professionals/not-an-id").with(coordinator))
                .andExpect(status().isNotFound());
    }

    @Test
    void addingAProfessionalChecksEachFieldKeepsTheInputAndRefusesATakenAddress() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional existing = fixtures.professional(organisation);
        RequestPostProcessor coordinator = coordinatorOf(organisation);

        String refused = mvc.perform(post("/organisatie/professionals/nieuw")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", "Anna de Wit")
                        .param("email", "geen-adres")
                        .param("telefoon", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "<title>Fout: ",
                        "Dit e-mailadres klopt niet",
                        "Vul een telefoonnummer in",
                        "href=\"#email\"",
                        "href=\"#telefoon\"",
                        "value=\"Anna de Wit\"",
                        "value=\"geen-adres\"",
                        "aria-invalid=\"true\"");

        String taken = mvc.perform(post("/organisatie/professionals/nieuw")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", "Anna de Wit")
                        .param("email", existing.email().toUpperCase())
                        .param("telefoon", "06 1234 5678"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taken)
                .contains("al een professional met dit e-mailadres", "href=\"#email\"", "value=\"06 1234 5678\"");

        mvc.perform(post("/organisatie/professionals/nieuw")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", " Anna de Wit ")
                        .param("email", "a.dewit@test.example")
                        .param("telefoon", "06 1234 5678")
                        .param("aangewezen", "ja"))
                .andExpect(redirectedUrlPattern("/organisatie/professionals/*"));
        StaffMember anna = directory.staffOf(organisation.id()).stream()
                .filter(m -> m.name().equals("Anna de Wit"))
                .findFirst()
                .orElseThrow();
        assertThat(anna.email()).isEqualTo("a.dewit@test.example");
        assertThat(anna.designated()).isTrue();
        String list = mvc.perform(get("/organisatie/professionals").with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Anna de Wit", "a.dewit@test.example", existing.name());
    }

    @Test
    void R_MELDER_theCoordinatorCorrectsContactDetailsWithdrawsTheDesignationAndMarksALeaver() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        RequestPostProcessor coordinator = coordinatorOf(organisation);
        String page = "/organisatie/professionals/" + professional.id();

        String refused = mvc.perform(post(page + "/gegevens")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", "")
                        .param("email", "nieuw@test.example")
                        .param("telefoon", "06 9999 0000"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Vul de naam van de professional in", "value=\"nieuw@test.example\"");
        mvc.perform(post(page + "/gegevens")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", "Nieuwe Naam")
                        .param("email", "nieuw@test.example")
                        .param("telefoon", "06 9999 0000"))
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/aanwijzing").with(coordinator).with(csrf()).param("aangewezen", "nee"))
                .andExpect(redirectedUrl(page));
        String noDate = mvc.perform(
                        post(page + "/vertrek").with(coordinator).with(csrf()).param("vertrekdatum", "31-02"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noDate).contains("Deze datum klopt niet", "href=\"#vertrekdatum\"");
        mvc.perform(post(page + "/vertrek")
                        .with(coordinator)
                        .with(csrf())
                        .param("vertrekdatum", LocalDate.now().toString()))
                .andExpect(redirectedUrl(page));

        StaffMember changed = staff(organisation, professional);
        assertThat(changed.name()).isEqualTo("Nieuwe Naam");
        assertThat(changed.email()).isEqualTo("nieuw@test.example");
        assertThat(changed.phone()).isEqualTo("06 9999 0000");
        assertThat(changed.designated()).isFalse();
        assertThat(changed.leftOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void R_TRANSFER_theCoordinatorTransfersOneSignalOfALeaverAndEndsAnother() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional leaver = fixtures.professional(organisation);
        Professional colleague = fixtures.professional(organisation);
        Professional stillHere = fixtures.professional(organisation);
        String toTransfer = api.post(leaver.signalsPath(), leaver.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        String toEnd = api.post(leaver.signalsPath(), leaver.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        String ofSomeoneStillHere = api.post(
                        stillHere.signalsPath(), stillHere.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        fixtures.staff().markLeft(leaver.id(), LocalDate.now());
        RequestPostProcessor coordinator = coordinatorOf(organisation);

        String list = mvc.perform(get("/organisatie/vertrokken").with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(toTransfer, toEnd, leaver.name()).doesNotContain(ofSomeoneStillHere);
        // R-TRANSFER: the coordinator acts only for leavers, not on a colleague's signal who still works here.
        mvc.perform(post("/organisatie/vertrokken/" + ofSomeoneStillHere + "/beeindigen")
                        .with(coordinator)
                        .with(csrf())
                        .param("reden", "UNJUSTIFIED"))
                .andExpect(status().isNotFound());

        String noColleague = mvc.perform(post("/organisatie/vertrokken/" + toTransfer + "/overzetten")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noColleague)
                .contains("Kies de collega die het signaal overneemt", "href=\"#collega-" + toTransfer + "\"");
        mvc.perform(post("/organisatie/vertrokken/" + toTransfer + "/overzetten")
                        .with(coordinator)
                        .with(csrf())
                        .param("collega", colleague.id().toString()))
                .andExpect(redirectedUrl("/organisatie/vertrokken"));
        assertThat(api.get(colleague.signalsPath() + "/" + toTransfer, organisation.token())
                        .json()
                        .at("/professionalId")
                        .asString())
                .isEqualTo(colleague.id().toString());

        String noReason = mvc.perform(post("/organisatie/vertrokken/" + toEnd + "/beeindigen")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noReason).contains("Kies waarom u het signaal beëindigt");
        // Issue 16 item 6: ending a leaver's signal is confirmed on its own page, which says what will happen.
        String confirmation = "/organisatie/vertrokken/" + toEnd + "/beeindigen?reden=RISK_GONE";
        mvc.perform(post("/organisatie/vertrokken/" + toEnd + "/beeindigen")
                        .with(coordinator)
                        .with(csrf())
                        .param("reden", "RISK_GONE"))
                .andExpect(redirectedUrl(confirmation));
        assertThat(mvc.perform(get(confirmation).with(coordinator))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Dit gaat over 1 signaal.", "5 jaar in het archief", leaver.name(), "bevestigd");
        assertThat(api.get(leaver.signalsPath() + "/" + toEnd, organisation.token())
                        .json()
                        .at("/status")
                        .asString())
                .as("nothing ended before the confirmation")
                .isEqualTo("ACTIVE");
        mvc.perform(post("/organisatie/vertrokken/" + toEnd + "/beeindigen")
                        .with(coordinator)
                        .with(csrf())
                        .param("reden", "RISK_GONE")
                        .param("bevestigd", "ja"))
                .andExpect(redirectedUrl("/organisatie/vertrokken"));
        assertThat(api.get(leaver.signalsPath() + "/" + toEnd, organisation.token())
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("ARCHIVED");
        assertThat(mvc.perform(get("/organisatie/vertrokken").with(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Er zijn geen actieve signalen van vertrokken collega's");
        assertThat(api.get(stillHere.signalsPath() + "/" + ofSomeoneStillHere, organisation.token())
                        .json()
                        .at("/status")
                        .asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void R_COORDINATOR_anUndeliverableEmailGoesOutAgainOverSmtpToTheCorrectedAddress() throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional mine = fixtures.professional(organisation);
        Organisation theirs = fixtures.organisation(region);
        Professional other = fixtures.professional(theirs);
        String bsn = TestBsns.random();
        api.post(mine.signalsPath(), mine.token(), Api.registration(bsn, CHILD));
        api.post(other.signalsPath(), other.token(), Api.registration(bsn, CHILD));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(mailState(mine)));
        // As after every attempt failed (a mailbox that does not exist): no next attempt, left for the coordinator.
        jdbc.sql("update notice set mail_state = 'FAILED', mail_attempts = 12, mail_next_attempt_at = null, "
                        + "mail_last_error = 'MailSendException' where professional_id = :p")
                .param("p", mine.id().value())
                .update();
        UUID notice = jdbc.sql("select id from notice where professional_id = :p")
                .param("p", mine.id().value())
                .query(UUID.class)
                .single();

        String othersPage = mvc.perform(get("/organisatie/onbestelbaar").with(coordinatorOf(theirs)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(othersPage).doesNotContain(mine.name());
        mvc.perform(post("/organisatie/onbestelbaar/" + notice + "/opnieuw")
                        .with(coordinatorOf(theirs))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        RequestPostProcessor coordinator = coordinatorOf(organisation);
        String page = mvc.perform(get("/organisatie/onbestelbaar").with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(mine.name(), mine.email(), "/organisatie/onbestelbaar/" + notice + "/opnieuw")
                .doesNotContain(bsn);

        String corrected = "gecorrigeerd-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        mvc.perform(post("/organisatie/professionals/" + mine.id() + "/gegevens")
                        .with(coordinator)
                        .with(csrf())
                        .param("naam", mine.name())
                        .param("email", corrected)
                        .param("telefoon", "06 1234 5678"))
                .andExpect(redirectedUrl("/organisatie/professionals/" + mine.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(mailState(mine)));
        // The mail server stores a message just after it accepted it: wait for it too.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.received().stream().anyMatch(m -> m.to().equals(corrected)));
        assertThat(mvc.perform(get("/organisatie/onbestelbaar").with(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Er zijn geen onbestelbare berichten");

        // Sent again by hand, to an address that was right all along.
        jdbc.sql("update notice set mail_state = 'FAILED', mail_next_attempt_at = null where id = :id")
                .param("id", notice)
                .update();
        mailServer.clear();
        mvc.perform(post("/organisatie/onbestelbaar/" + notice + "/opnieuw")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisatie/onbestelbaar"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(mailState(mine)));
        // The mail server stores a message just after it accepted it: wait for it too.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> mailServer.received().stream().anyMatch(m -> m.to().equals(corrected)));
    }

    @Test
    void R_COORDINATOR_theCoordinatorGivesOnlyTheirOwnProfessionalAnAccountWithoutChoosingItsPassword()
            throws Exception {
        Organisation organisation = fixtures.organisation(region);
        Professional professional = fixtures.professional(organisation);
        Professional other = fixtures.professional(fixtures.organisation(region));
        RequestPostProcessor coordinator = coordinatorOf(organisation);
        String username = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String page = "/organisatie/professionals/" + professional.id();

        mvc.perform(post("/organisatie/professionals/" + other.id() + "/account")
                        .with(coordinator)
                        .with(csrf())
                        .param("gebruikersnaam", username))
                .andExpect(status().isNotFound());
        String refused = mvc.perform(
                        post(page + "/account").with(coordinator).with(csrf()).param("gebruikersnaam", "Niet Geldig!"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Een gebruikersnaam heeft 2 tot 64", "value=\"Niet Geldig!\"");
        mvc.perform(post(page + "/account")
                        .with(coordinator)
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("wachtwoord", "tijdelijk wachtwoord 1"))
                .andExpect(redirectedUrl(page));
        assertThat(mvc.perform(get(page).with(coordinator))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("logt in als " + username, "nog niet in gebruik genomen");

        String login = mvc.perform(post("/inloggen")
                        .with(csrf())
                        .param("gebruikersnaam", username)
                        .param("wachtwoord", "tijdelijk wachtwoord 1"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(login)
                .as("a password the coordinator sends along is ignored: only the activation link sets one")
                .isEqualTo("/inloggen?fout");
    }

    private String mailState(Professional professional) {
        return jdbc.sql("select string_agg(mail_state, ',') from notice where professional_id = :p")
                .param("p", professional.id().value())
                .query(String.class)
                .optional()
                .orElse("");
    }

    private StaffMember staff(Organisation organisation, Professional professional) {
        return directory.staffOf(organisation.id()).stream()
                .filter(m -> m.id().equals(professional.id()))
                .findFirst()
                .orElseThrow();
    }

    static RequestPostProcessor coordinatorOf(Organisation organisation) {
        return signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "c",
                "Coördinator",
                Role.ORGANISATION_COORDINATOR,
                null,
                organisation.id().value(),
                null,
                null));
    }

    static RequestPostProcessor signedIn(SignedInAccount account) {
        return WebTests.signedIn(account);
    }
}
