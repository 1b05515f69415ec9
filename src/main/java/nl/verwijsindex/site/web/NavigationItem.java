// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.List;

import nl.verwijsindex.access.Role;

/** One entry of the main menu. */
record NavigationItem(String label, String href) {

    /** The menu per role: each role's pages live under its own prefix, checked by the site's security chain. */
    static List<NavigationItem> forRole(Role role) {
        return switch (role) {
            case PROFESSIONAL ->
                List.of(
                        new NavigationItem("Start", "/"),
                        new NavigationItem("Nieuw signaal", "/signalen/nieuw"),
                        new NavigationItem("Mijn signalen", "/signalen"),
                        new NavigationItem("Mijn matches", "/matches"),
                        new NavigationItem("Berichten", "/berichten"),
                        new NavigationItem("Adviezen", "/adviezen"));
            case ORGANISATION_COORDINATOR ->
                List.of(
                        new NavigationItem("Start", "/"),
                        new NavigationItem("Professionals", "/organisatie/professionals"),
                        new NavigationItem("Signalen van vertrokken collega's", "/organisatie/vertrokken"),
                        new NavigationItem("Onbestelbare berichten", "/organisatie/onbestelbaar"),
                        new NavigationItem("Opvolging van matches", "/organisatie/opvolging"));
            case MUNICIPAL_SUPERVISOR ->
                List.of(
                        new NavigationItem("Start", "/"),
                        new NavigationItem("Werklijst", "/regie/werklijst"),
                        new NavigationItem("Cijfers", "/regie/cijfers"),
                        new NavigationItem("Rapportage", "/regie/rapportage"));
            case REGION_COORDINATOR ->
                List.of(
                        new NavigationItem("Start", "/"),
                        new NavigationItem("Organisaties", "/regio/organisaties"),
                        new NavigationItem("Instellingen", "/regio/instellingen"),
                        new NavigationItem("Verwijderen", "/regio/verwijderen"),
                        new NavigationItem("Bewijzen", "/regio/bewijzen"),
                        new NavigationItem("Cijfers", "/regio/cijfers"),
                        new NavigationItem("Rapportage", "/regio/rapportage"));
            case ADMINISTRATOR ->
                List.of(
                        new NavigationItem("Start", "/"),
                        new NavigationItem("Organisaties", "/beheer/organisaties"),
                        new NavigationItem("Regio's", "/beheer/regios"),
                        new NavigationItem("Accounts", "/beheer/accounts"),
                        new NavigationItem("API-sleutels", "/beheer/api-sleutels"),
                        new NavigationItem("Rapportage", "/beheer/rapportage"),
                        new NavigationItem("Uitwisseling", "/beheer/uitwisseling"));
            case DATA_PROTECTION_OFFICER ->
                List.of(new NavigationItem("Start", "/"), new NavigationItem("Logboek", "/fg/logboek"));
            case PRIVACY_DESK ->
                List.of(
                        new NavigationItem("Verzoeken", "/privacyloket"),
                        new NavigationItem("Nieuw verzoek", "/privacyloket/nieuw"));
        };
    }

    /** The professional's menu, with the number of unread messages beside "Berichten" when there are any. */
    static List<NavigationItem> forProfessional(int unread) {
        return forRole(Role.PROFESSIONAL).stream()
                .map(item -> unread > 0 && item.href().equals("/berichten")
                        ? new NavigationItem("Berichten (" + unread + " nieuw)", item.href())
                        : item)
                .toList();
    }

    /** For aria-current: the start page only on "/", a section also on its sub-pages. */
    public boolean isCurrent(String path) {
        if (path == null) {
            return false;
        }
        if (href.equals("/") || href.equals("/signalen")) {
            return path.equals(href) || href.equals("/signalen") && path.equals("/signalen/archief");
        }
        return path.equals(href) || path.startsWith(href + "/");
    }
}
