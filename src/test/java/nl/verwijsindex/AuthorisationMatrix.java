// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which endpoint: the expected half of the authorisation matrix (issue 12 §6). Every endpoint the
 * application exposes must have a row here, or {@link AuthorisationMatrixTest} fails; the rows are written from the
 * security configuration's intent (SiteSecurityConfiguration, ApiSecurityConfiguration), never copied from what the
 * application happens to answer.
 */
final class AuthorisationMatrix {

    private AuthorisationMatrix() {}

    /** Who calls. The OTHER_ callers have the role of their base, but in region B: someone else's ids. */
    enum Caller {
        ANONYMOUS("anonymous", null),
        PROFESSIONAL("professional", null),
        ORGANISATION_COORDINATOR("organisation coordinator", null),
        MUNICIPAL_SUPERVISOR("municipal supervisor", null),
        REGION_COORDINATOR("region coordinator", null),
        ADMINISTRATOR("administrator", null),
        API_CLIENT("API client (token)", null),
        SUPERVISOR_TOKEN("supervisor token", null),
        REGION_TOKEN("region coordinator token", null),
        ADMIN_TOKEN("administrator token", null),
        PRIVACY_DESK("privacy desk", null),
        PRIVACY_DESK_TOKEN("privacy desk token", null),
        OTHER_PROFESSIONAL("professional of another organisation", PROFESSIONAL),
        OTHER_ORGANISATION_COORDINATOR("coordinator of another organisation", ORGANISATION_COORDINATOR),
        OTHER_MUNICIPAL_SUPERVISOR("supervisor of another municipality", MUNICIPAL_SUPERVISOR),
        OTHER_REGION_COORDINATOR("coordinator of another region", REGION_COORDINATOR),
        OTHER_API_CLIENT("API client of another organisation", API_CLIENT),
        OTHER_SUPERVISOR_TOKEN("supervisor token of another municipality", SUPERVISOR_TOKEN),
        OTHER_REGION_TOKEN("region token of another region", REGION_TOKEN),
        OTHER_PRIVACY_DESK("privacy desk of another municipality", PRIVACY_DESK),
        OTHER_PRIVACY_DESK_TOKEN("privacy desk token of another municipality", PRIVACY_DESK_TOKEN);

        final String label;
        final Caller base;

        Caller(String label, Caller base) {
            this.label = label;
            this.base = base;
        }

        /** The column heading in docs/security.md. */
        String column() {
            return switch (this) {
                case ANONYMOUS -> "anon";
                case PROFESSIONAL -> "prof";
                case ORGANISATION_COORDINATOR -> "org";
                case MUNICIPAL_SUPERVISOR -> "sup";
                case REGION_COORDINATOR -> "reg";
                case ADMINISTRATOR -> "adm";
                case API_CLIENT -> "api";
                case SUPERVISOR_TOKEN -> "sup-t";
                case REGION_TOKEN -> "reg-t";
                case ADMIN_TOKEN -> "adm-t";
                case PRIVACY_DESK -> "desk";
                case PRIVACY_DESK_TOKEN -> "desk-t";
                case OTHER_PROFESSIONAL -> "B prof";
                case OTHER_ORGANISATION_COORDINATOR -> "B org";
                case OTHER_MUNICIPAL_SUPERVISOR -> "B sup";
                case OTHER_REGION_COORDINATOR -> "B reg";
                case OTHER_API_CLIENT -> "B api";
                case OTHER_SUPERVISOR_TOKEN -> "B sup-t";
                case OTHER_REGION_TOKEN -> "B reg-t";
                case OTHER_PRIVACY_DESK -> "B desk";
                case OTHER_PRIVACY_DESK_TOKEN -> "B desk-t";
            };
        }

        boolean signsInOnTheSite() {
            Caller role = base == null ? this : base;
            return EnumSet.of(
                            PROFESSIONAL,
                            ORGANISATION_COORDINATOR,
                            MUNICIPAL_SUPERVISOR,
                            REGION_COORDINATOR,
                            ADMINISTRATOR,
                            PRIVACY_DESK)
                    .contains(role);
        }
    }

    /**
     * @param allowed the callers of region A that get through
     * @param scoped  whether the path names something of region A (then B's callers of an allowed role are refused);
     *                false where a B caller acts on their own data (a list, their own settings)
     */
    record Rule(Set<Caller> allowed, boolean scoped) {

        boolean allows(Caller caller) {
            if (caller.base != null) {
                return !scoped && allowed.contains(caller.base);
            }
            return allowed.contains(caller);
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.of(
            Caller.ANONYMOUS,
            Caller.PROFESSIONAL,
            Caller.ORGANISATION_COORDINATOR,
            Caller.MUNICIPAL_SUPERVISOR,
            Caller.REGION_COORDINATOR,
            Caller.ADMINISTRATOR,
            Caller.API_CLIENT,
            Caller.SUPERVISOR_TOKEN,
            Caller.REGION_TOKEN,
            Caller.ADMIN_TOKEN,
            Caller.PRIVACY_DESK,
            Caller.PRIVACY_DESK_TOKEN);
    private static final Set<Caller> SIGNED_IN = EnumSet.of(
            Caller.PROFESSIONAL,
            Caller.ORGANISATION_COORDINATOR,
            Caller.MUNICIPAL_SUPERVISOR,
            Caller.REGION_COORDINATOR,
            Caller.ADMINISTRATOR,
            Caller.PRIVACY_DESK);

    /** Anyone: the login page, health, the API description, static files, the error page. */
    static final Rule PUBLIC = new Rule(EVERYONE, false);
    /** Every role once signed in with the second factor; nobody else. */
    static final Rule ANY_ROLE = new Rule(SIGNED_IN, false);
    /** The second step of a login or a forced password change: only a session half-way through a login. */
    static final Rule LOGIN_STEP = new Rule(EnumSet.noneOf(Caller.class), false);

    static Rule only(Caller caller) {
        return new Rule(EnumSet.of(caller), false);
    }

    static Rule ownedBy(Caller caller) {
        return new Rule(EnumSet.of(caller), true);
    }

    /** Endpoint ("METHOD /pattern") to rule. A new endpoint without a row fails the test. */
    static final Map<String, Rule> RULES = rules();

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // The site: open pages, the login steps, one's own account.
        rules.put("GET /", PUBLIC);
        rules.put("GET /inloggen", PUBLIC);
        // R-INFORM, R-REQUEST: the information page for youths and parents needs no login.
        rules.put("GET /informatie", PUBLIC);
        // Issue 12: the page of a new account's activation link; without a working link it only says so.
        rules.put("GET /activeren", PUBLIC);
        rules.put("POST /activeren", PUBLIC);
        for (String step : List.of("/inloggen/code", "/inloggen/code-instellen", "/inloggen/nieuw-wachtwoord")) {
            rules.put("GET " + step, LOGIN_STEP);
            rules.put("POST " + step, LOGIN_STEP);
        }
        rules.put("GET /account/wachtwoord", ANY_ROLE);
        rules.put("POST /account/wachtwoord", ANY_ROLE);

        // The professional's pages (R-NOSEARCH, R-VISIBLE): only their own signals, matches and notices.
        Rule professional = only(Caller.PROFESSIONAL);
        Rule ownSignal = ownedBy(Caller.PROFESSIONAL);
        rules.put("GET /signalen", professional);
        rules.put("GET /signalen/archief", professional);
        rules.put("GET /signalen/nieuw", professional);
        rules.put("POST /signalen/nieuw", professional);
        rules.put("GET /signalen/nieuw/gegevens", professional);
        rules.put("POST /signalen/nieuw/gegevens", professional);
        rules.put("GET /signalen/{id}", ownSignal);
        rules.put("GET /signalen/{id}/vastgelegd", ownSignal);
        rules.put("POST /signalen/{id}/beeindigen", ownSignal);
        rules.put("GET /signalen/{id}/beeindigen/onterecht", ownSignal);
        rules.put("POST /signalen/{id}/bsn", ownSignal);
        rules.put("POST /signalen/{id}/beeindigen/onterecht", ownSignal);
        rules.put("POST /signalen/{id}/verlengen", ownSignal);
        rules.put("POST /signalen/{id}/overzetten", ownSignal);
        rules.put("POST /signalen/{id}/informeren", ownSignal);
        rules.put("GET /signalen/{id}/informatiebrief", ownSignal);
        rules.put("GET /matches", professional);
        rules.put("POST /matches/{caseId}/afgestemd", ownSignal);
        rules.put("POST /matches/{caseId}/bevestigen", ownSignal);
        rules.put("POST /matches/{caseId}/regie-overdragen", ownSignal);
        rules.put("GET /berichten", professional);
        rules.put("POST /berichten/{id}/gelezen", ownSignal);

        // The organisation coordinator's pages (R-COORDINATOR): only their own organisation.
        Rule coordinator = only(Caller.ORGANISATION_COORDINATOR);
        Rule ownOrganisation = ownedBy(Caller.ORGANISATION_COORDINATOR);
        rules.put("GET /organisatie/professionals", coordinator);
        rules.put("GET /organisatie/professionals/nieuw", coordinator);
        rules.put("POST /organisatie/professionals/nieuw", coordinator);
        rules.put("GET /organisatie/professionals/{id}", ownOrganisation);
        rules.put("POST /organisatie/professionals/{id}/gegevens", ownOrganisation);
        rules.put("POST /organisatie/professionals/{id}/aanwijzing", ownOrganisation);
        rules.put("POST /organisatie/professionals/{id}/vertrek", ownOrganisation);
        rules.put("POST /organisatie/professionals/{id}/account", ownOrganisation);
        rules.put("POST /organisatie/professionals/{id}/activatielink", ownOrganisation);
        rules.put("GET /organisatie/onbestelbaar", coordinator);
        rules.put("GET /organisatie/opvolging", coordinator);
        rules.put("POST /organisatie/onbestelbaar/{id}/opnieuw", ownOrganisation);
        rules.put("GET /organisatie/vertrokken", coordinator);
        rules.put("POST /organisatie/vertrokken/{id}/overzetten", ownOrganisation);
        rules.put("POST /organisatie/vertrokken/{id}/beeindigen", ownOrganisation);
        rules.put("GET /organisatie/vertrokken/{id}/beeindigen", ownOrganisation);

        // The municipal supervisor's pages (R-SUPERVISE): only their own municipality's cases.
        Rule supervisor = only(Caller.MUNICIPAL_SUPERVISOR);
        rules.put("GET /regie/werklijst", supervisor);
        rules.put("GET /regie/werklijst/{caseId}", ownedBy(Caller.MUNICIPAL_SUPERVISOR));
        rules.put("GET /regie/werklijst/M-{number}", ownedBy(Caller.MUNICIPAL_SUPERVISOR));
        rules.put("POST /regie/werklijst/M-{number}/opgevolgd", ownedBy(Caller.MUNICIPAL_SUPERVISOR));
        rules.put("GET /regie/cijfers", supervisor);
        for (String suffix : List.of("", ".csv", ".xlsx")) {
            rules.put("GET /regie/rapportage" + suffix, supervisor);
        }

        // The region coordinator's pages (R-DELETE-ONLY-REGION, region settings): only their own region.
        Rule region = only(Caller.REGION_COORDINATOR);
        Rule ownRegion = ownedBy(Caller.REGION_COORDINATOR);
        rules.put("GET /regio/cijfers", region);
        for (String suffix : List.of("", ".csv", ".xlsx")) {
            rules.put("GET /regio/rapportage" + suffix, region);
        }
        rules.put("GET /regio/bewijzen", region);
        rules.put("GET /regio/verwijderen", region);
        rules.put("POST /regio/verwijderen/zoeken", region);
        rules.put("POST /regio/verwijderen/controleren", region);
        rules.put("POST /regio/verwijderen/bevestigen", region);
        rules.put("GET /regio/instellingen", region);
        rules.put("POST /regio/instellingen", region);
        rules.put("POST /regio/instellingen/regels", region);
        rules.put("POST /regio/instellingen/adressen", region);
        rules.put("POST /regio/instellingen/adressen/zoeken", region);
        rules.put("POST /regio/instellingen/afspraken", region);
        rules.put("POST /regio/instellingen/categorieen", region);
        rules.put("POST /regio/instellingen/adressen/{object}/intrekken", ownRegion);
        rules.put("GET /regio/organisaties", region);
        rules.put("POST /regio/organisaties", region);
        rules.put("GET /regio/organisaties/{id}/stoppen", ownRegion);
        rules.put("POST /regio/organisaties/{id}/stoppen", ownRegion);

        // The data protection officer's logbook search (R-LOGBOOK): none of the callers here; the officer's own
        // access is proven by DataProtectionOfficerPagesTest.
        Rule officer = new Rule(EnumSet.noneOf(Caller.class), false);
        // R-REQUEST: the privacy desk's pages, a request only of its own municipality; the professional's advice page.
        for (String page : List.of("GET /privacyloket", "GET /privacyloket/nieuw", "POST /privacyloket/nieuw")) {
            rules.put(page, only(Caller.PRIVACY_DESK));
        }
        for (String page : List.of(
                "GET /privacyloket/{id}",
                "GET /privacyloket/{id}/overzicht.pdf",
                "GET /privacyloket/{id}/besluitbrief.pdf",
                "POST /privacyloket/{id}/verlengen",
                "POST /privacyloket/{id}/besluit",
                "POST /privacyloket/{id}/beperking-opheffen")) {
            rules.put(page, ownedBy(Caller.PRIVACY_DESK));
        }
        rules.put("GET /adviezen", professional);
        rules.put("POST /adviezen/{requestId}", ownSignal);
        rules.put("GET /fg/logboek", officer);
        rules.put("POST /fg/logboek", officer);
        rules.put("POST /fg/logboek/export", officer);

        // The administrator's pages: everything of the deployment, no region of their own.
        Rule administrator = only(Caller.ADMINISTRATOR);
        for (String page : List.of(
                "GET /beheer/organisaties",
                "GET /beheer/organisaties/nieuw",
                "POST /beheer/organisaties/nieuw",
                "POST /beheer/organisaties/{id}/bsn",
                "GET /beheer/regios",
                "GET /beheer/regios/nieuw",
                "POST /beheer/regios/nieuw",
                "GET /beheer/accounts",
                "GET /beheer/rapportage",
                "GET /beheer/rapportage.csv",
                "GET /beheer/rapportage.xlsx",
                "GET /beheer/accounts/nieuw",
                "POST /beheer/accounts/nieuw",
                "GET /beheer/accounts/{id}",
                "POST /beheer/accounts/{id}/wachtwoord",
                "POST /beheer/accounts/{id}/activatielink",
                "POST /beheer/accounts/{id}/tweede-stap",
                "POST /beheer/accounts/{id}/ontgrendelen",
                "POST /beheer/accounts/{id}/uitschakelen",
                "POST /beheer/accounts/{id}/inschakelen",
                "GET /beheer/api-sleutels",
                "POST /beheer/api-sleutels",
                "POST /beheer/api-sleutels/{id}/intrekken",
                "GET /beheer/uitwisseling",
                "GET /beheer/uitwisseling/{run}",
                "GET /beheer/uitwisseling/{run}/rapport",
                "POST /beheer/uitwisseling/export",
                "POST /beheer/uitwisseling/import")) {
            rules.put(page, administrator);
        }

        // The API for organisations' systems: only their own professionals (R-NOSEARCH).
        Rule ownProfessional = ownedBy(Caller.API_CLIENT);
        String professionals = "/api/v1/professionals/{professionalId}";
        rules.put("GET /api/v1/professionals", only(Caller.API_CLIENT));
        rules.put("GET /api/v1/leavers/signals", only(Caller.API_CLIENT));
        rules.put("GET " + professionals + "/signals", ownProfessional);
        rules.put("POST " + professionals + "/signals", ownProfessional);
        rules.put("PUT " + professionals + "/signals/{signalId}/informing", ownProfessional);
        for (String path : List.of(
                "/signals/{signalId}",
                "/signals/{signalId}/informing",
                "/matches",
                "/inbox",
                "/match-cases",
                "/match-cases/{matchCaseId}")) {
            rules.put("GET " + professionals + path, ownProfessional);
        }
        for (String path : List.of(
                "/signals/{signalId}/end",
                "/signals/{signalId}/extend",
                "/signals/{signalId}/transfer",
                "/signals/{signalId}/bsn",
                "/inbox/{noticeId}/read",
                "/match-cases/{matchCaseId}/hand-over",
                "/match-cases/{matchCaseId}/consultation",
                "/match-cases/{matchCaseId}/consultation/confirm")) {
            rules.put("POST " + professionals + path, ownProfessional);
        }

        // R-REQUEST: the professional's advice on requests about youths they registered.
        rules.put("GET " + professionals + "/advice-requests", ownProfessional);
        rules.put("POST " + professionals + "/advice-requests/{requestId}", ownProfessional);

        // R-REQUEST: the privacy desk's API, only for the desk's token, a request only of its own municipality.
        for (String call : List.of("GET /api/v1/privacy-desk/requests", "POST /api/v1/privacy-desk/requests")) {
            rules.put(call, only(Caller.PRIVACY_DESK_TOKEN));
        }
        for (String call : List.of(
                "GET /api/v1/privacy-desk/requests/{requestId}",
                "GET /api/v1/privacy-desk/requests/{requestId}/overview",
                "GET /api/v1/privacy-desk/requests/{requestId}/overview.pdf",
                "GET /api/v1/privacy-desk/requests/{requestId}/decision-letter.pdf",
                "POST /api/v1/privacy-desk/requests/{requestId}/extension",
                "POST /api/v1/privacy-desk/requests/{requestId}/decision",
                "POST /api/v1/privacy-desk/requests/{requestId}/restriction/lift")) {
            rules.put(call, ownedBy(Caller.PRIVACY_DESK_TOKEN));
        }

        // The supervisor's API (R-SUPERVISE): only their own municipality.
        Rule supervisorToken = only(Caller.SUPERVISOR_TOKEN);
        rules.put("GET /api/v1/supervisor/work-list", supervisorToken);
        rules.put("GET /api/v1/supervisor/follow-up-figures", supervisorToken);
        for (String suffix : List.of("", ".csv", ".xlsx")) {
            rules.put("GET /api/v1/supervisor/reports" + suffix, supervisorToken);
        }
        rules.put("GET /api/v1/supervisor/inbox", supervisorToken);
        rules.put("POST /api/v1/supervisor/inbox/{noticeId}/read", ownedBy(Caller.SUPERVISOR_TOKEN));
        rules.put("POST /api/v1/supervisor/match-cases/{matchCaseId}/follow-up", ownedBy(Caller.SUPERVISOR_TOKEN));

        // The region coordinator's API: only their own region.
        Rule regionToken = only(Caller.REGION_TOKEN);
        rules.put("GET /api/v1/region/settings", regionToken);
        rules.put("PUT /api/v1/region/settings", regionToken);
        rules.put("GET /api/v1/region/coordination-settings", regionToken);
        rules.put("PUT /api/v1/region/coordination-settings", regionToken);
        rules.put("GET /api/v1/region/institution-addresses", regionToken);
        rules.put("PUT /api/v1/region/institution-addresses/{addressableObjectId}", regionToken);
        rules.put("DELETE /api/v1/region/institution-addresses/{addressableObjectId}", ownedBy(Caller.REGION_TOKEN));
        rules.put("POST /api/v1/region/signals/{signalId}/delete", ownedBy(Caller.REGION_TOKEN));
        rules.put("POST /api/v1/region/archive/removals", regionToken);
        rules.put("GET /api/v1/region/deletion-proofs", regionToken);
        rules.put("GET /api/v1/region/follow-up-figures", regionToken);
        for (String suffix : List.of("", ".csv", ".xlsx")) {
            rules.put("GET /api/v1/region/reports" + suffix, regionToken);
        }

        // The administration API: the administrator's token only.
        Rule adminToken = only(Caller.ADMIN_TOKEN);
        for (String call : List.of(
                "GET /api/v1/admin/person-register",
                "GET /api/v1/admin/reports",
                "GET /api/v1/admin/reports.csv",
                "GET /api/v1/admin/reports.xlsx",
                "POST /api/v1/admin/person-register/recheck",
                "POST /api/v1/admin/regions",
                "POST /api/v1/admin/municipalities",
                "POST /api/v1/admin/organisations",
                "POST /api/v1/admin/retention/sweep",
                "POST /api/v1/admin/organisations/{organisationId}/api-clients",
                "POST /api/v1/admin/organisations/{organisationId}/bsn-authorisation",
                "POST /api/v1/admin/api-clients/{clientId}/rotate",
                "POST /api/v1/admin/api-clients/{clientId}/revoke",
                "POST /api/v1/admin/regions/{regionCode}/coordinators",
                "POST /api/v1/admin/region-coordinators/{credentialId}/revoke",
                "POST /api/v1/admin/region-coordinators/{credentialId}/rotate",
                "POST /api/v1/admin/municipalities/{cbsCode}/supervisors/{supervisorId}/rotate",
                "POST /api/v1/admin/municipalities/{cbsCode}/privacy-desk-credentials",
                "POST /api/v1/admin/privacy-desk-credentials/{credentialId}/revoke",
                "POST /api/v1/admin/privacy-desk-credentials/{credentialId}/rotate",
                "POST /api/v1/admin/municipalities/{cbsCode}/supervisors",
                "GET /api/v1/admin/municipalities/{cbsCode}/supervisors",
                "DELETE /api/v1/admin/municipalities/{cbsCode}/supervisors/{supervisorId}",
                "POST /api/v1/admin/organisations/{organisationId}/professionals",
                "POST /api/v1/admin/professionals/{professionalId}/designation",
                "POST /api/v1/admin/professionals/{professionalId}/left")) {
            rules.put(call, adminToken);
        }

        // The error page and the API description. Health and metrics are on the management port (SafeDefaultsTest),
        // not in the application's handler mappings.
        rules.put("GET /error", PUBLIC);
        rules.put("GET /v3/api-docs", PUBLIC);
        // Not among the open paths of SiteSecurityConfiguration: asks for a login (in production the API
        // description is on the management port only).
        rules.put("GET /v3/api-docs.yaml", ANY_ROLE);
        // Static files: htmx and Chart.js, and the style sheets, scripts and vendored CSS under /css, /js, /vendor
        // (the sample the test asks for is a style sheet; other paths under /** ask for a login).
        rules.put("GET /webjars/**", PUBLIC);
        rules.put("GET /**", PUBLIC);
        return rules;
    }
}
