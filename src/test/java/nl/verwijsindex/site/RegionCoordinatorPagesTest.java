// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import nl.verwijsindex.coordination.DirectorRules;
import nl.verwijsindex.coordination.DirectorRules.Candidate;
import nl.verwijsindex.covenant.Covenants;
import nl.verwijsindex.covenant.Covenants.CovenantMember;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionSettingsKeeper;
import nl.verwijsindex.retention.DeletionProofs;

/**
 * The region coordinator's pages without a browser: only their role gets in, only their own region's objects
 * are found (another region's organisation, address or signal is "not found"), forms keep the input with
 * messages at the fields, the director rules they save are the ones the coordination module uses
 * (R-DIRECTOR), and the BSN of an archive removal never comes back in a page or an address.
 */
@IntegrationTest
class RegionCoordinatorPagesTest {

    private static final String CHILD = LocalDate.now().minusYears(8).toString();

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionSettingsKeeper regionSettings;

    @Autowired
    Covenants covenants;

    @Autowired
    DeletionProofs proofs;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    MockMvc mvc;
    Fixtures fixtures;
    Api api;
    String region;
    String otherRegion;
    UUID accountId;

    @BeforeEach
    void setUp() {
        mvc = WebTests.mockMvc(context);
        fixtures = new Fixtures(context);
        api = new Api(port);
        region = fixtures.region(false);
        otherRegion = fixtures.region(false);
        accountId = UUID.randomUUID();
    }

    @Test
    void onlyTheRegionCoordinatorOpensThePagesAndEveryFormNeedsItsCsrfToken() throws Exception {
        RequestPostProcessor professional = as(Role.PROFESSIONAL, null);
        for (String page :
                List.of("/regio/organisaties", "/regio/instellingen", "/regio/verwijderen", "/regio/bewijzen")) {
            mvc.perform(get(page).with(professional)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(as(Role.MUNICIPAL_SUPERVISOR, null))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/inloggen"));
            mvc.perform(get(page).with(coordinator())).andExpect(status().isOk());
        }
        mvc.perform(post("/regio/instellingen")
                        .with(coordinator())
                        .param("naam", "Index")
                        .param("termijn", "5")
                        .param("bevrijdingsdag", "YEARLY"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/regio/verwijderen/zoeken").with(professional).with(csrf()))
                .andExpect(status().isForbidden());
        String start = page(get("/").with(coordinator()));
        assertThat(start).contains("Organisaties die nu meedoen", "Standaardregels", "5 werkdagen");
    }

    @Test
    void anOrganisationJoinsAndLeavesTheCovenantAndAnotherRegionsOrganisationIsNotFound() throws Exception {
        Organisation own = fixtures.organisation(region);
        Organisation foreign = fixtures.organisation(otherRegion);
        String list = page(get("/regio/organisaties").with(coordinator()));
        assertThat(list).contains(own.name()).doesNotContain("/regio/organisaties/" + foreign.id() + "/stoppen");

        String refused = page(post("/regio/organisaties")
                .with(coordinator())
                .with(csrf())
                .param("organisatie", foreign.id().toString())
                .param("datum", "31-02-2026"));
        assertThat(refused)
                .contains("Vul een geldige datum in.", "href=\"#datum\"", "value=\"31-02-2026\"", "<title>Fout: ");
        assertThat(refused).containsPattern("value=\"" + foreign.id() + "\"\\s+selected");

        mvc.perform(get("/regio/organisaties/" + foreign.id() + "/stoppen").with(coordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/regio/organisaties/" + foreign.id() + "/stoppen")
                        .with(coordinator())
                        .with(csrf())
                        .param("datum", LocalDate.now().toString()))
                .andExpect(status().isNotFound());
        assertThat(member(otherRegion, foreign).leftOn()).isNull();

        LocalDate joined = LocalDate.now().plusDays(1);
        mvc.perform(post("/regio/organisaties")
                        .with(coordinator())
                        .with(csrf())
                        .param("organisatie", foreign.id().toString())
                        .param("datum", joined.toString()))
                .andExpect(redirectedUrl("/regio/organisaties"));
        assertThat(member(region, foreign).joinedOn()).isEqualTo(joined);

        // Issue 16 item 6: the page of its own says whom stopping concerns.
        Professional first = fixtures.professional(own);
        fixtures.professional(own);
        assertThat(page(get("/regio/organisaties/" + own.id() + "/stoppen").with(coordinator())))
                .contains("Dit geldt voor 2 professionals van deze organisatie.", "nu 0 actieve signalen");
        register(first, TestBsns.random());
        register(first, TestBsns.random());
        assertThat(page(get("/regio/organisaties/" + own.id() + "/stoppen").with(coordinator())))
                .as("and how many signals")
                .contains("Zij hebben in uw regio nu 2 actieve signalen.");
        String early = page(post("/regio/organisaties/" + own.id() + "/stoppen")
                .with(coordinator())
                .with(csrf())
                .param("datum", "2000-01-01"));
        assertThat(early).contains("ligt voor de datum waarop de organisatie meedeed", "value=\"2000-01-01\"");
        LocalDate left = LocalDate.now().plusMonths(1);
        mvc.perform(post("/regio/organisaties/" + own.id() + "/stoppen")
                        .with(coordinator())
                        .with(csrf())
                        .param("datum", left.toString()))
                .andExpect(redirectedUrl("/regio/organisaties"));
        assertThat(member(region, own).leftOn()).isEqualTo(left);
    }

    @Test
    void R_MATCH_YOUTH_theGeneralSettingsValidateKeepTheInputAndAreSavedWithColleaguesMatchingAskedPositively()
            throws Exception {
        String refused = page(post("/regio/instellingen")
                .with(coordinator())
                .with(csrf())
                .param("naam", " ")
                .param("termijn", "vijf"));
        assertThat(refused)
                .contains(
                        "Vul de naam van de verwijsindex in.",
                        "Vul het aantal werkdagen in als getal",
                        "Kies of Bevrijdingsdag",
                        "href=\"#termijn\"",
                        "value=\"vijf\"",
                        "aria-invalid=\"true\"");
        String tooLong = page(post("/regio/instellingen")
                .with(coordinator())
                .with(csrf())
                .param("naam", "Index")
                .param("termijn", "31")
                .param("bevrijdingsdag", "YEARLY"));
        assertThat(tooLong).contains("De termijn is 1 tot 30 werkdagen.", "value=\"31\"");
        assertThat(regionSettings.of(region).deadlineWorkingDays()).isEqualTo(5);

        String municipality = fixtures.municipality(region);
        mvc.perform(post("/regio/instellingen")
                        .with(coordinator())
                        .with(csrf())
                        .param("naam", "Verwijsindex Eemland")
                        .param("termijn", "7")
                        .param("bevrijdingsdag", "YEARLY")
                        .param("gemeente", municipality))
                .andExpect(redirectedUrl("/regio/instellingen#algemeen-kop"));
        assertThat(regionSettings.of(region).deadlineWorkingDays()).isEqualTo(7);
        assertThat(regionSettings.of(region).liberationDay()).isEqualTo(LiberationDay.YEARLY);
        assertThat(regionSettings.of(region).caseMunicipalityCode()).contains(municipality);
        // Issue 16 item 9: the setting is asked positively; left unticked, colleagues' matches are suppressed.
        assertThat(covenants.suppressesSameOrganisationMatches(region)).isTrue();
        assertThat(page(get("/regio/instellingen").with(coordinator())))
                .contains("Collega's van dezelfde", "organisatie krijgen ook een match");
        mvc.perform(post("/regio/instellingen")
                        .with(coordinator())
                        .with(csrf())
                        .param("naam", "Verwijsindex Eemland")
                        .param("termijn", "7")
                        .param("bevrijdingsdag", "YEARLY")
                        .param("collegas", "true")
                        .param("gemeente", municipality))
                .andExpect(redirectedUrl("/regio/instellingen#algemeen-kop"));
        assertThat(covenants.suppressesSameOrganisationMatches(region)).isFalse();
        assertThat(covenants.indexDisplayName(region)).isEqualTo("Verwijsindex Eemland");
        assertThat(regionSettings.of(otherRegion).deadlineWorkingDays()).isEqualTo(5);
    }

    @Test
    void R_ACTIVE_2Y_theExpiryReminderIsSetOnThePageAndARefusalKeepsTheInput() throws Exception {
        assertThat(page(get("/regio/instellingen").with(coordinator())))
                .contains("Herinnering om te verlengen", "name=\"herinnering\"", "value=\"28\"");
        String refused = page(post("/regio/instellingen")
                .with(coordinator())
                .with(csrf())
                .param("naam", "Index")
                .param("termijn", "5")
                .param("bevrijdingsdag", "YEARLY")
                .param("herinnering", "181"));
        assertThat(refused).contains("De herinnering om te verlengen komt 1 tot 180 dagen", "value=\"181\"");
        assertThat(regionSettings.of(region).expiryReminderDays()).isEqualTo(28);
        mvc.perform(post("/regio/instellingen")
                        .with(coordinator())
                        .with(csrf())
                        .param("naam", "Index")
                        .param("termijn", "5")
                        .param("bevrijdingsdag", "YEARLY")
                        .param("herinnering", "42"))
                .andExpect(redirectedUrl("/regio/instellingen#algemeen-kop"));
        assertThat(regionSettings.of(region).expiryReminderDays()).isEqualTo(42);
    }

    @Test
    void theRegionsRegistrationGuidanceIsEditedAndShownOnTheWeighStepOfItsProfessionalsOnly() throws Exception {
        String tooLong = page(post("/regio/instellingen/afspraken")
                .with(coordinator())
                .with(csrf())
                .param("afspraken", "Afspraak " + "x".repeat(2000)));
        assertThat(tooLong).contains("ten hoogste 2000 tekens", "Afspraak xxx", "aria-invalid=\"true\"");
        assertThat(regionSettings.of(region).registrationGuidance()).isEmpty();

        mvc.perform(post("/regio/instellingen/afspraken")
                        .with(coordinator())
                        .with(csrf())
                        .param("afspraken", "Geen signaal bij een enkele opvoedvraag.\nWel na overleg met ouders."))
                .andExpect(redirectedUrl("/regio/instellingen#afspraken-kop"));
        Professional mine = fixtures.professional(fixtures.organisation(region));
        Professional elsewhere = fixtures.professional(fixtures.organisation(otherRegion));
        assertThat(page(get("/signalen/nieuw").with(WebTests.professional(context, mine))))
                .contains("Afspraken in Regio " + region, "Geen signaal bij een enkele opvoedvraag.");
        assertThat(page(get("/signalen/nieuw").with(WebTests.professional(context, elsewhere))))
                .doesNotContain("Geen signaal bij een enkele opvoedvraag.");
    }

    @Test
    void R_CATEGORY_theRegionsOwnCategoriesAreAddedRenamedAndARefusalKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/regio/instellingen/categorieen")
                        .with(coordinator())
                        .with(csrf())
                        .param("categorie-code", "")
                        .param("categorie-naam", "Kinderopvang")
                        .param("categorie-domein", "YOUTH_HEALTH_CARE"))
                .andExpect(redirectedUrl("/regio/instellingen#categorieen-kop"));
        String code = regionSettings.of(region).ownCategories().get(0).code();
        assertThat(fixtures.directory().categories(region))
                .anySatisfy(c -> assertThat(c.code()).isEqualTo(code));
        assertThat(fixtures.directory().categories(otherRegion))
                .noneMatch(c -> c.code().equals(code));

        String refused = page(post("/regio/instellingen/categorieen")
                .with(coordinator())
                .with(csrf())
                .param("categorie-code", code, "")
                .param("categorie-naam", "Kinderopvang", "Verloskundigen")
                .param("categorie-domein", "YOUTH_HEALTH_CARE", ""));
        assertThat(refused).contains("Kies het domein van de categorie", "value=\"Verloskundigen\"");
        assertThat(regionSettings.of(region).ownCategories()).hasSize(1);

        fixtures.organisation(region, code);
        String inUse = page(post("/regio/instellingen/categorieen")
                .with(coordinator())
                .with(csrf())
                .param("categorie-code", code)
                .param("categorie-naam", "")
                .param("categorie-domein", "YOUTH_HEALTH_CARE"));
        assertThat(inUse).contains("Kinderopvang", "kan niet weg: een organisatie heeft deze categorie");
        assertThat(regionSettings.of(region).ownCategories()).hasSize(1);
    }

    @Test
    void R_DIRECTOR_theRulesAreEditedWithoutJavaScriptAndTheSavedRulesAreTheOnesTheCoordinationModuleUses()
            throws Exception {
        Organisation school = fixtures.organisation(region, "SECONDARY_EDUCATION");
        Organisation team = fixtures.organisation(region);

        // The defaults, with a rule added at the end: the page gives the list back, not saved.
        String added = page(rules("toevoegen")
                .param("nieuwe-soort", "ORGANISATION_PRIORITY")
                .param("soort", "CATEGORY_PRIORITY", "DOMAIN_PRIORITY", "EARLIEST_SIGNAL")
                .param("regel-0-keuze", "MUNICIPAL_YOUTH_TEAM", "", "")
                .param("regel-1-keuze", "YOUTH_CARE", "YOUTH_HEALTH_CARE", ""));
        assertThat(added)
                .contains("Regel 4: Voorrang voor organisaties", "De regels zijn nog niet opgeslagen.", school.name());
        assertThat(regionSettings.of(region).hasOwnDirectorRules()).isFalse();

        // Saving with the new rule's list empty is refused at that rule, with the choices kept.
        String empty = page(rules("opslaan")
                .param("soort", "EARLIEST_SIGNAL", "ORGANISATION_PRIORITY")
                .param("regel-1-keuze", "", "", ""));
        assertThat(empty)
                .contains("De regel &#39;Voorrang voor organisaties&#39; heeft een lijst nodig", "href=\"#regel-1\"");
        String conflicting = page(rules("opslaan").param("soort", "EARLIEST_SIGNAL", "LATEST_SIGNAL"));
        assertThat(conflicting).contains("Kies het eerste of het laatste signaal, niet allebei.");
        assertThat(regionSettings.of(region).hasOwnDirectorRules()).isFalse();

        // Moving the organisation rule up, then saving.
        String moved = page(rules("omhoog-1")
                .param("soort", "EARLIEST_SIGNAL", "ORGANISATION_PRIORITY")
                .param("regel-1-keuze", "", school.id().toString(), ""));
        assertThat(moved.indexOf("Regel 1: Voorrang voor organisaties")).isPositive();
        assertThat(moved).containsPattern("value=\"" + school.id() + "\"\\s+selected");
        mvc.perform(rules("opslaan")
                        .param("soort", "ORGANISATION_PRIORITY", "EARLIEST_SIGNAL")
                        .param("regel-0-keuze", school.id().toString(), "", ""))
                .andExpect(redirectedUrl("/regio/instellingen#regels-kop"));

        var saved = regionSettings.of(region);
        assertThat(saved.hasOwnDirectorRules()).isTrue();
        assertThat(saved.directorRules().rules())
                .containsExactly(
                        Rule.of(RuleKind.ORGANISATION_PRIORITY, school.id().toString()),
                        Rule.of(RuleKind.EARLIEST_SIGNAL));
        // The school signalled later than the youth team, yet directs: the saved rule decides.
        OffsetDateTime now = OffsetDateTime.now();
        Candidate early = new Candidate(
                UUID.randomUUID(),
                UUID.randomUUID(),
                team.id().value(),
                "MUNICIPAL_YOUTH_TEAM",
                "YOUTH_CARE",
                now.minusDays(3));
        Candidate late = new Candidate(
                UUID.randomUUID(), UUID.randomUUID(), school.id().value(), "SECONDARY_EDUCATION", "EDUCATION", now);
        assertThat(DirectorRules.of(saved.directorRules())
                        .appoint(List.of(early, late))
                        .director())
                .isEqualTo(late);
        assertThat(page(get("/regio/instellingen").with(coordinator())))
                .contains("Regel 1: Voorrang voor organisaties", "Terug naar de standaardregels");

        mvc.perform(rules("standaard")).andExpect(redirectedUrl("/regio/instellingen#regels-kop"));
        assertThat(regionSettings.of(region).hasOwnDirectorRules()).isFalse();
        assertThat(regionSettings.of(otherRegion).hasOwnDirectorRules()).isFalse();
    }

    @Test
    void R_MATCH_ADDRESS_institutionAddressesAreAddedAndWithdrawnOnlyInTheOwnRegion() throws Exception {
        String refused = page(post("/regio/instellingen/adressen")
                .with(coordinator())
                .with(csrf())
                .param("adres-object", "12345")
                .param("adres-naam", "Zorginstelling De Bron"));
        assertThat(refused)
                .contains(
                        "16 cijfers", "href=\"#adres-object\"", "value=\"12345\"", "value=\"Zorginstelling De Bron\"");
        String nameless = page(post("/regio/instellingen/adressen")
                .with(coordinator())
                .with(csrf())
                .param("adres-object", "0307010000123456"));
        assertThat(nameless).contains("Vul de naam van de instelling in", "value=\"0307010000123456\"");

        mvc.perform(post("/regio/instellingen/adressen")
                        .with(coordinator())
                        .with(csrf())
                        .param("adres-object", "0307010000123456")
                        .param("adres-naam", "Zorginstelling De Bron"))
                .andExpect(redirectedUrl("/regio/instellingen#adressen-kop"));
        assertThat(covenants.institutionAddresses(List.of(region))).containsExactly("0307010000123456");
        assertThat(page(get("/regio/instellingen").with(coordinator())))
                .as("an address designated by its id alone says so, with the id as secondary text")
                .contains("Adres niet opgezocht in de BAG", "BAG-id 0307010000123456");

        fixtures.covenants().designateInstitutionAddress(otherRegion, "0546010000654321", "Elders");
        mvc.perform(post("/regio/instellingen/adressen/0546010000654321/intrekken")
                        .with(coordinator())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(covenants.institutionAddresses(List.of(otherRegion))).containsExactly("0546010000654321");
        mvc.perform(post("/regio/instellingen/adressen/0307010000123456/intrekken")
                        .with(coordinator())
                        .with(csrf()))
                .andExpect(redirectedUrl("/regio/instellingen#adressen-kop"));
        assertThat(covenants.institutionAddresses(List.of(region))).isEmpty();
    }

    @Test
    void R_MATCH_ADDRESS_anInstitutionIsFoundByPostcodeAndHouseNumberConfirmedAndStoredByItsBagId() throws Exception {
        // Issue 16 item 9: the test context's stand-in BAG knows the care home De Horst, Horsterweg 40, 3828 AA.
        assertThat(page(get("/regio/instellingen").with(coordinator())))
                .contains("id=\"postcode\"", "id=\"huisnummer\"", "id=\"toevoeging\"", "Adres zoeken")
                .doesNotContain("id=\"adres-object\"");

        String empty = page(post("/regio/instellingen/adressen/zoeken")
                .with(coordinator())
                .with(csrf())
                .param("postcode", "38")
                .param("huisnummer", "veertig"));
        assertThat(empty)
                .as("every field's problem at once, with what was typed")
                .contains(
                        "Een postcode is vier cijfers en twee letters",
                        "Een huisnummer is een getal van 1 tot en met 99999",
                        "Vul de naam van de instelling in",
                        "value=\"38\"",
                        "value=\"veertig\"");

        String unknown = page(post("/regio/instellingen/adressen/zoeken")
                .with(coordinator())
                .with(csrf())
                .param("postcode", "3828 AA")
                .param("huisnummer", "41")
                .param("adres-naam", "De Horst"));
        assertThat(unknown)
                .contains("Dit adres staat niet in de Basisregistratie Adressen en Gebouwen", "href=\"#huisnummer\"");
        String noSuchAddition = page(post("/regio/instellingen/adressen/zoeken")
                .with(coordinator())
                .with(csrf())
                .param("postcode", "3828AA")
                .param("huisnummer", "40")
                .param("toevoeging", "B")
                .param("adres-naam", "De Horst"));
        assertThat(noSuchAddition).contains("Dit huisnummer heeft die toevoeging niet. Er zijn: Horsterweg 40.");

        String confirm = page(post("/regio/instellingen/adressen/zoeken")
                .with(coordinator())
                .with(csrf())
                .param("postcode", "3828 aa")
                .param("huisnummer", "40")
                .param("adres-naam", "Jeugdzorginstelling De Horst"));
        assertThat(confirm)
                .contains(
                        "Is dit het adres?",
                        "Horsterweg 40",
                        "3828 AA Amersfoort",
                        "Jeugdzorginstelling De Horst",
                        "Ja, adres toevoegen",
                        "name=\"postcode\" value=\"3828AA\"",
                        "name=\"huisnummer\" value=\"40\"");
        assertThat(covenants.institutionAddresses(List.of(region)))
                .as("nothing stored before the coordinator confirms")
                .isEmpty();

        mvc.perform(post("/regio/instellingen/adressen")
                        .with(coordinator())
                        .with(csrf())
                        .param("adres-object", "0307010000298040")
                        .param("adres-naam", "Jeugdzorginstelling De Horst")
                        .param("postcode", "3828AA")
                        .param("huisnummer", "40"))
                .andExpect(redirectedUrl("/regio/instellingen#adressen-kop"));
        assertThat(covenants.institutionAddresses(List.of(region))).containsExactly("0307010000298040");
        // The address as the register gave it is kept and shown; the BAG id is secondary text for an operator.
        String settings = page(get("/regio/instellingen").with(coordinator()));
        assertThat(settings)
                .contains(
                        "<span>Horsterweg 40</span>",
                        "<span>3828 AA Amersfoort</span>",
                        "<span class=\"app-secondary\">BAG-id 0307010000298040</span>")
                .doesNotContain("Adres niet opgezocht in de BAG", "Adresseerbaar object");
    }

    @Test
    void
            R_DELETE_ONLY_REGION_R_NOSEARCH_R_LOGBOOK_aSignalIsFoundByBsnChosenByOrganisationAndDateCheckedConfirmedProvenAndLogged()
                    throws Exception {
        // Issue 16 item 7: the coordinator never types a signal's id; the search shows the youth's signals in the
        // own region only, named by organisation and date, and never the BSN or an id.
        String bsn = TestBsns.random();
        Professional here = fixtures.professional(fixtures.organisation(region));
        Professional elsewhere = fixtures.professional(fixtures.organisation(otherRegion));
        String own = register(here, bsn);
        String foreign = register(elsewhere, bsn);
        MockHttpSession session = new MockHttpSession();

        assertThat(page(search(session, "123456789")))
                .as("the same wording as on every form (issue 16 item 14)")
                .contains("het klopt niet met de elfproef")
                .doesNotContain("123456789");
        assertThat(page(search(session, "12345678"))).contains("Dit BSN is te kort");
        String unknown = withoutCsrf(page(search(session, TestBsns.random())));
        assertThat(unknown).contains("Van deze jeugdige staat geen signaal in uw regio");
        String onlyElsewhere = TestBsns.random();
        register(elsewhere, onlyElsewhere);
        assertThat(withoutCsrf(page(search(session, onlyElsewhere))))
                .as("R-NOSEARCH: a youth known only in another region is answered as one the index does not know")
                .isEqualTo(unknown);

        String found = page(search(session, bsn));
        assertThat(found)
                .contains("Kies wat u verwijdert", here.organisation().name() + ", gemeld op ", ", actief")
                .doesNotContain(elsewhere.organisation().name())
                .doesNotContain(bsn)
                .doesNotContain(own)
                .doesNotContain(foreign);
        assertThat(logbookActions(own)).contains("SIGNALS_VIEWED");

        String refused = page(choose(session, null, "met spaties", null));
        assertThat(refused)
                .contains(
                        "Kies wat u wilt verwijderen",
                        "Vul het kenmerk van het besluit in",
                        "Kies de reden",
                        "value=\"met spaties\"",
                        "href=\"#reden\"")
                .doesNotContain(own);
        assertThat(page(choose(session, "2", "BZ-1", "OBJECTION_GRANTED"))).contains("Kies wat u wilt verwijderen");

        String confirm = page(choose(session, "1", "BZ-2026-0142", "OBJECTION_GRANTED"));
        assertThat(confirm)
                .contains(
                        "Weet u zeker dat u dit signaal wilt verwijderen?",
                        here.organisation().name(),
                        "BZ-2026-0142",
                        "Bezwaar of verzet toegewezen")
                .doesNotContain(own)
                .doesNotContain(bsn);
        assertThat(exists(own)).isTrue();

        mvc.perform(post("/regio/verwijderen/bevestigen")
                        .session(session)
                        .with(realCoordinator())
                        .with(csrf()))
                .andExpect(redirectedUrl("/regio/bewijzen"));
        assertThat(exists(own)).isFalse();
        assertThat(exists(foreign)).isTrue();
        assertThat(proofs.ofSignal(UUID.fromString(own))).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("R-DELETE-ONLY-REGION");
            assertThat(p.decisionReference()).isEqualTo("BZ-2026-0142");
        });
        assertThat(jdbc.sql(
                                "select actor_id from logbook_entry where signal_id = cast(:id as uuid) and action = 'SIGNAL_DELETED'")
                        .param("id", own)
                        .query(String.class)
                        .single())
                .isEqualTo("region-coordinator:" + realCoordinator.accountId());
        assertThat(page(get("/regio/bewijzen").with(realCoordinator())))
                .contains("BZ-2026-0142: Bezwaar of verzet toegewezen", "Besluit van de regiocoördinator")
                .as("issue 16 item 10: a proof shows its decision, not the signal's id or the rule's id")
                .doesNotContain(own, "(R-DELETE-ONLY-REGION)");

        // Confirming twice does nothing: the pending deletion is gone.
        assertThat(page(post("/regio/verwijderen/bevestigen")
                        .session(session)
                        .with(realCoordinator())
                        .with(csrf())))
                .contains("de vorige stap is verlopen");
    }

    @Test
    void R_DELETE_ONLY_REGION_aYouthIsTakenFromTheArchiveAndTheBsnIsNeverInAPageOrAnAddress() throws Exception {
        String bsn = TestBsns.random();
        Professional first = fixtures.professional(fixtures.organisation(region));
        Professional second = fixtures.professional(fixtures.organisation(region));
        String archived = register(first, bsn);
        api.post(first.signalsPath() + "/" + archived + "/end", first.token(), "{\"reason\":\"RISK_GONE\"}");
        String alsoArchived = register(second, bsn);
        api.post(second.signalsPath() + "/" + alsoArchived + "/end", second.token(), "{\"reason\":\"RISK_GONE\"}");
        String active = register(first, bsn);

        MockHttpSession session = new MockHttpSession();
        String found = page(search(session, bsn.substring(0, 4) + " " + bsn.substring(4)));
        assertThat(found)
                .contains(", in het archief", ", actief", "Alle 2 signalen van deze jeugdige in het archief")
                .doesNotContain(bsn)
                .doesNotContain(bsn.substring(0, 4) + " ");
        String confirm = page(choose(session, "archief", "BZ-7", "CORRECTION_GRANTED"));
        assertThat(confirm)
                .contains("Weet u zeker dat u deze jeugdige uit het archief wilt halen?", "Alle 2 signalen", "BZ-7")
                .doesNotContain(bsn);
        // The session is written to the database (ADR 0017): what waits there is serialisable, the BSN only encrypted.
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            byte[] stored = org.springframework.util.SerializationUtils.serialize(session.getAttribute(name));
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain(bsn);
        }
        MvcResult removed = mvc.perform(post("/regio/verwijderen/bevestigen")
                        .session(session)
                        .with(realCoordinator())
                        .with(csrf()))
                .andExpect(redirectedUrl("/regio/bewijzen"))
                .andReturn();
        assertThat(removed.getResponse().getContentAsString()).doesNotContain(bsn);
        assertThat(exists(archived)).isFalse();
        assertThat(exists(alsoArchived)).isFalse();
        assertThat(exists(active)).isTrue();
        assertThat(page(get("/regio/bewijzen").with(realCoordinator())))
                .contains("BZ-7: Verzoek om correctie toegewezen")
                .doesNotContain(bsn);
    }

    private MockHttpServletRequestBuilder search(MockHttpSession session, String bsn) {
        return post("/regio/verwijderen/zoeken")
                .session(session)
                .with(realCoordinator())
                .with(csrf())
                .param("bsn", bsn);
    }

    private MockHttpServletRequestBuilder choose(
            MockHttpSession session, String choice, String reference, String reason) {
        MockHttpServletRequestBuilder request = post("/regio/verwijderen/controleren")
                .session(session)
                .with(realCoordinator())
                .with(csrf())
                .param("kenmerk", reference);
        if (choice != null) {
            request.param("keuze", choice);
        }
        if (reason != null) {
            request.param("reden", reason);
        }
        return request;
    }

    private List<String> logbookActions(String signalId) {
        return jdbc.sql("select action from logbook_entry where signal_id = cast(:id as uuid)")
                .param("id", signalId)
                .query(String.class)
                .list();
    }

    private MockHttpServletRequestBuilder rules(String action) {
        return post("/regio/instellingen/regels")
                .with(realCoordinator())
                .with(csrf())
                .param("actie", action);
    }

    /** The page without its CSRF tokens, which differ per request. */
    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .strip();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String register(Professional professional, String bsn) {
        return api.post(professional.signalsPath(), professional.token(), Api.registration(bsn, CHILD))
                .json()
                .at("/signal/id")
                .asString();
    }

    private boolean exists(String signalId) {
        return jdbc.sql("select exists (select 1 from signal where id = cast(:id as uuid))")
                .param("id", signalId)
                .query(Boolean.class)
                .single();
    }

    private CovenantMember member(String regionCode, Organisation organisation) {
        return covenants.covenantMembers(regionCode).stream()
                .filter(m -> m.id().equals(organisation.id()))
                .findFirst()
                .orElseThrow();
    }

    private RequestPostProcessor coordinator() {
        return WebTests.signedIn(new SignedInAccount(
                accountId, "regio", "Regiocoördinator", Role.REGION_COORDINATOR, null, null, null, region));
    }

    /** A real region coordinator's account, for the tests that keep a session (standing is checked per request). */
    private RequestPostProcessor realCoordinator() {
        if (realCoordinator == null) {
            realCoordinator = WebTests.realAccount(
                    context,
                    new SignedInAccount(
                            accountId, "regio", "Regiocoördinator", Role.REGION_COORDINATOR, null, null, null, region));
        }
        return WebTests.signedIn(realCoordinator);
    }

    private SignedInAccount realCoordinator;

    private static RequestPostProcessor as(Role role, String regionCode) {
        return WebTests.signedIn(new SignedInAccount(
                UUID.randomUUID(),
                "x",
                "X",
                role,
                null,
                null,
                role == Role.MUNICIPAL_SUPERVISOR ? "GM0307" : null,
                regionCode));
    }
}
