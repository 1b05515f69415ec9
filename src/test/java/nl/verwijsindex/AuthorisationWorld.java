// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.verwijsindex.Fixtures.Organisation;
import nl.verwijsindex.Fixtures.Professional;
import nl.verwijsindex.access.AccountAdministration;
import nl.verwijsindex.access.AccountId;
import nl.verwijsindex.access.AdministratorApiTokens;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.MunicipalSupervisors;
import nl.verwijsindex.access.MunicipalSupervisors.NewSupervisor;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.PrivacyDesks;
import nl.verwijsindex.access.RegionCoordinators;
import nl.verwijsindex.access.Role;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.internal.DeadlineWatch;
import nl.verwijsindex.covenant.CovenantAdministration;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.exchange.Exchanges;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.matching.MatchCaseId;

/**
 * The parties of the authorisation matrix (issue 12 §6): one region A with its municipality, two organisations,
 * their professionals with a match case between them, and the credentials of every role there; and a region B
 * with the same, whose callers are "another organisation, municipality and region". Path variables are filled with
 * A's ids, so B's callers ask for someone else's data.
 */
final class AuthorisationWorld {

    /** The administrator's token of application-test.properties (the demo's published one). */
    static final String ADMIN_TOKEN = "demo-admin-secret-not-for-production";

    private static final String CHILD = LocalDate.now().minusYears(13).toString();
    private static final String INSTITUTION = "0344010000099001";
    private static final String INSTITUTION_API = "0344010000099002";

    final Map<AuthorisationMatrix.Caller, SignedInAccount> accounts = new HashMap<>();
    final Map<AuthorisationMatrix.Caller, String> tokens = new HashMap<>();
    /** Path variable values: by variable name, or by "path prefix|name" where one name means different ids. */
    final Map<String, String> variables = new HashMap<>();

    AuthorisationWorld(ApplicationContext context, Api api) {
        Fixtures fixtures = new Fixtures(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        MunicipalSupervisors supervisors = context.getBean(MunicipalSupervisors.class);
        RegionCoordinators regionCoordinators = context.getBean(RegionCoordinators.class);
        ApiClients apiClients = context.getBean(ApiClients.class);
        AccountAdministration accountAdministration = context.getBean(AccountAdministration.class);
        CovenantAdministration covenants = context.getBean(CovenantAdministration.class);

        String regionA = fixtures.region(false);
        String municipalityA = fixtures.municipality(regionA);
        Organisation team = fixtures.organisation(regionA, "MUNICIPAL_YOUTH_TEAM");
        Organisation school = fixtures.organisation(regionA, "SECONDARY_EDUCATION");
        Professional director = fixtures.professional(team);
        Professional other = fixtures.professional(school);
        Professional colleague = fixtures.professional(team);

        String regionB = fixtures.region(false);
        String municipalityB = fixtures.municipality(regionB);
        Organisation outsider = fixtures.organisation(regionB);
        Professional stranger = fixtures.professional(outsider);

        String bsn = TestBsns.random();
        assertThat(api.post(other.signalsPath(), other.token(), Api.registration(bsn, CHILD))
                        .status())
                .isEqualTo(201);
        String signal = api.post(director.signalsPath(), director.token(), Api.registration(bsn, CHILD))
                .json()
                .at("/signal/id")
                .asString();
        String cases = "/api/v1/professionals/" + director.id() + "/match-cases";
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(cases, director.token()).json().size() == 1);
        String matchCase =
                api.get(cases, director.token()).json().at("/0/matchCaseId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !api.get(director.inboxPath(), director.token()).json().isEmpty());
        String notice = noticeOf(api.get(director.inboxPath(), director.token()));
        // The supervisor's own case, overdue and escalated, apart from the one the professionals' calls tick off.
        Professional teamSecond = fixtures.professional(team);
        String supervisedCase = matchCase(api, teamSecond, fixtures.professional(school));
        jdbc.sql("update coordination_match set due_on = :due where match_case_id = cast(:c as uuid)")
                .param("due", LocalDate.now().minusDays(1))
                .param("c", supervisedCase)
                .update();
        // A notice whose e-mail ran out of attempts: the coordinator's page of undeliverable notices.
        jdbc.sql("update notice set mail_state = 'FAILED', mail_attempts = 12, mail_next_attempt_at = null"
                        + " where id = cast(:id as uuid)")
                .param("id", notice)
                .update();
        // A leaver with an active signal: the coordinator's page of leavers' signals.
        Professional leaver = fixtures.professional(team);
        String leaversSignal = api.post(
                        leaver.signalsPath(), leaver.token(), Api.registration(TestBsns.random(), CHILD))
                .json()
                .at("/signal/id")
                .asString();
        fixtures.staff().markLeft(leaver.id(), LocalDate.now());
        covenants.designateInstitutionAddress(regionA, INSTITUTION, "Instelling A");
        covenants.designateInstitutionAddress(regionA, INSTITUTION_API, "Instelling A (API)");

        accounts.put(AuthorisationMatrix.Caller.PROFESSIONAL, professional(accountAdministration, director));
        accounts.put(AuthorisationMatrix.Caller.OTHER_PROFESSIONAL, professional(accountAdministration, stranger));
        accounts.put(
                AuthorisationMatrix.Caller.ORGANISATION_COORDINATOR,
                account(
                        accountAdministration,
                        Role.ORGANISATION_COORDINATOR,
                        team.id().value(),
                        null,
                        null));
        accounts.put(
                AuthorisationMatrix.Caller.OTHER_ORGANISATION_COORDINATOR,
                account(
                        accountAdministration,
                        Role.ORGANISATION_COORDINATOR,
                        outsider.id().value(),
                        null,
                        null));
        accounts.put(
                AuthorisationMatrix.Caller.MUNICIPAL_SUPERVISOR,
                account(accountAdministration, Role.MUNICIPAL_SUPERVISOR, null, municipalityA, null));
        accounts.put(
                AuthorisationMatrix.Caller.OTHER_MUNICIPAL_SUPERVISOR,
                account(accountAdministration, Role.MUNICIPAL_SUPERVISOR, null, municipalityB, null));
        accounts.put(
                AuthorisationMatrix.Caller.REGION_COORDINATOR,
                account(accountAdministration, Role.REGION_COORDINATOR, null, null, regionA));
        accounts.put(
                AuthorisationMatrix.Caller.OTHER_REGION_COORDINATOR,
                account(accountAdministration, Role.REGION_COORDINATOR, null, null, regionB));
        accounts.put(
                AuthorisationMatrix.Caller.ADMINISTRATOR,
                account(accountAdministration, Role.ADMINISTRATOR, null, null, null));

        tokens.put(AuthorisationMatrix.Caller.API_CLIENT, team.token());
        tokens.put(AuthorisationMatrix.Caller.OTHER_API_CLIENT, outsider.token());
        tokens.put(
                AuthorisationMatrix.Caller.SUPERVISOR_TOKEN,
                supervisors
                        .add(municipalityA, new NewSupervisor("Regie A", "regie-a@test.example", "030 1"))
                        .token());
        tokens.put(
                AuthorisationMatrix.Caller.OTHER_SUPERVISOR_TOKEN,
                supervisors
                        .add(municipalityB, new NewSupervisor("Regie B", "regie-b@test.example", "030 2"))
                        .token());
        tokens.put(
                AuthorisationMatrix.Caller.REGION_TOKEN,
                regionCoordinators.issue(regionA, "Regio A").token());
        tokens.put(
                AuthorisationMatrix.Caller.OTHER_REGION_TOKEN,
                regionCoordinators.issue(regionB, "Regio B").token());
        tokens.put(AuthorisationMatrix.Caller.ADMIN_TOKEN, ADMIN_TOKEN);
        accounts.put(
                AuthorisationMatrix.Caller.PRIVACY_DESK,
                account(accountAdministration, Role.PRIVACY_DESK, null, municipalityA, null));
        accounts.put(
                AuthorisationMatrix.Caller.OTHER_PRIVACY_DESK,
                account(accountAdministration, Role.PRIVACY_DESK, null, municipalityB, null));
        PrivacyDesks desks = context.getBean(PrivacyDesks.class);
        String deskToken = desks.issue(municipalityA, "Privacyloket A").token();
        tokens.put(AuthorisationMatrix.Caller.PRIVACY_DESK_TOKEN, deskToken);
        tokens.put(
                AuthorisationMatrix.Caller.OTHER_PRIVACY_DESK_TOKEN,
                desks.issue(municipalityB, "Privacyloket B").token());
        // R-REQUEST: a request of municipality A (a BSN the index does not know, so decided at once), which only
        // A's desk reaches.
        String request = api.post("/api/v1/privacy-desk/requests", deskToken, """
                        {"kind":"ACCESS","requester":"YOUTH","identityCheck":"DIGID","bsn":"%s",\
                        "youthBirthDate":"%s","receivedOn":"%s"}""".formatted(
                                TestBsns.random(), LocalDate.now().minusYears(17), LocalDate.now()))
                .json()
                .at("/id")
                .asString();

        // Ids that an allowed call may use up (revoke, rotate, remove) without taking a caller's own credential.
        UUID spareClient = apiClients.issue(team.id(), "reserve").clientId();
        UUID spareCredential = regionCoordinators.issue(regionA, "Reserve").clientId();
        UUID spareDeskCredential = context.getBean(PrivacyDesks.class)
                .issue(municipalityA, "Reserve")
                .clientId();
        UUID spareSupervisor = supervisors
                .add(municipalityA, new NewSupervisor("Reserve", "reserve@test.example", "030 3"))
                .clientId();
        String supervisorToken = tokens.get(AuthorisationMatrix.Caller.SUPERVISOR_TOKEN);
        context.getBean(DeadlineWatch.class)
                .escalate(
                        new MatchCaseId(UUID.fromString(supervisedCase)),
                        LocalDate.now().minusDays(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !api.get("/api/v1/supervisor/inbox", supervisorToken)
                        .json()
                        .isEmpty());
        String supervisorNotice = noticeOf(api.get("/api/v1/supervisor/inbox", supervisorToken));
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        String accountId = accountAdministration
                .create(NewAccount.organisationCoordinator(
                        username, "Coördinator A", "tijdelijk wachtwoord 1", team.id()))
                .value()
                .toString();

        variables.put("professionalId", director.id().value().toString());
        variables.put("signalId", signal);
        variables.put("matchCaseId", matchCase);
        variables.put("caseId", matchCase);
        variables.put("noticeId", notice);
        variables.put("organisationId", team.id().value().toString());
        variables.put("clientId", spareClient.toString());
        variables.put("regionCode", regionA);
        variables.put("credentialId", spareCredential.toString());
        variables.put("cbsCode", municipalityA);
        variables.put("supervisorId", spareSupervisor.toString());
        variables.put("addressableObjectId", INSTITUTION_API);
        variables.put("object", INSTITUTION);
        variables.put("/signalen/|id", signal);
        variables.put("/berichten/|id", notice);
        variables.put("/organisatie/professionals/|id", colleague.id().value().toString());
        variables.put("/organisatie/vertrokken/|id", leaversSignal);
        variables.put("/regie/|caseId", supervisedCase);
        variables.put(
                "/regie/|number",
                String.valueOf(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("select reference from coordination_case where match_case_id = :id")
                        .param("id", UUID.fromString(supervisedCase))
                        .query(Long.class)
                        .single()));
        variables.put("/api/v1/supervisor/|matchCaseId", supervisedCase);
        variables.put("/api/v1/supervisor/|noticeId", supervisorNotice);
        variables.put("other", other.id().value().toString());
        variables.put("/organisatie/onbestelbaar/|id", notice);
        variables.put("/regio/organisaties/|id", school.id().value().toString());
        variables.put("/beheer/organisaties/|id", team.id().value().toString());
        variables.put("/beheer/accounts/|id", accountId);
        SignedInAccount administrator = accounts.get(AuthorisationMatrix.Caller.ADMINISTRATOR);
        String spareAdministratorToken = context.getBean(AdministratorApiTokens.class)
                .issue(new AccountId(administrator.accountId()), "reserve")
                .clientId()
                .toString();
        variables.put("/beheer/api-sleutels/|id", spareAdministratorToken);
        variables.put("run", exchangeRun(context));
        variables.put("colleague", colleague.id().value().toString());
        // R-REQUEST: the professional is asked no advice in the world; the desk's calls reach A's request.
        variables.put("requestId", UUID.randomUUID().toString());
        variables.put("/api/v1/privacy-desk/|requestId", request);
        variables.put("/privacyloket/|id", request);
        variables.put("/api/v1/admin/privacy-desk-credentials/|credentialId", spareDeskCredential.toString());
        variables.put("group", "verwijsindex");
    }

    /** The value of a path variable of the pattern. */
    String variable(String pattern, String name) {
        return variables.entrySet().stream()
                .filter(e -> e.getKey().contains("|"))
                .filter(e ->
                        pattern.startsWith(e.getKey().substring(0, e.getKey().indexOf('|')))
                                && e.getKey().endsWith("|" + name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> {
                    String value = variables.get(name);
                    if (value == null) {
                        throw new AssertionError("AuthorisationWorld has no value for {" + name + "} in " + pattern
                                + ": add one with an id that belongs to region A");
                    }
                    return value;
                });
    }

    /** A checked (dry-run) import of an empty file: an exchange run the administrator's pages can show. */
    private static String exchangeRun(ApplicationContext context) {
        try {
            Path empty = Files.createTempFile("matrix-", ".jsonl");
            return context.getBean(Exchanges.class)
                    .startImport(empty, "matrix.jsonl", true, Actor.SYSTEM, "matrix")
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String matchCase(Api api, Professional director, Professional other) {
        return IntegrationTestBase.matchCase(api, director, other, CHILD);
    }

    private static String noticeOf(Api.Response inbox) {
        var notices = inbox.json();
        var first = notices.isArray() ? notices.get(0) : notices.at("/notices/0");
        return first.at("/id").asString();
    }

    /**
     * A real account row for each signed-in caller: every request checks the account's standing in the database
     * (issue 12 §4), so a made-up account id would be logged out before the matrix is tried.
     */
    private static SignedInAccount professional(AccountAdministration accounts, Professional professional) {
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        AccountId id = accounts.createWithChosenPassword(
                NewAccount.professional(username, professional.name(), PASSWORD, professional.id()));
        return new SignedInAccount(
                id.value(),
                username,
                professional.name(),
                Role.PROFESSIONAL,
                professional.id().value(),
                professional.organisation().id().value(),
                null,
                null);
    }

    private static SignedInAccount account(
            AccountAdministration accounts, Role role, UUID organisation, String municipality, String region) {
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        AccountId id = accounts.createWithChosenPassword(new NewAccount(
                username,
                role.name(),
                PASSWORD,
                role,
                null,
                organisation == null ? null : new OrganisationId(organisation),
                municipality,
                region));
        return new SignedInAccount(id.value(), username, role.name(), role, null, organisation, municipality, region);
    }

    private static final String PASSWORD = "matrix password 1";
}
