// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.EnumMap;
import java.util.Map;

import nl.verwijsindex.logbook.LogbookEntry.Action;

/**
 * R-LOGBOOK, issue 16 item 10: what each kind of logbook line says to the data protection officer, in Dutch. The CSV
 * export keeps the codes for tools; the page never shows them. Every action has its text ({@link #label} of an
 * action without one would say so, and {@code LogbookActionTextTest} fails on it).
 */
final class LogbookActionText {

    private static final Map<Action, String> TEXT = new EnumMap<>(Action.class);

    static {
        TEXT.put(Action.SIGNAL_REGISTERED, "Signaal afgegeven");
        TEXT.put(Action.SIGNAL_ENDED, "Signaal beëindigd");
        TEXT.put(Action.SIGNAL_EXTENDED, "Signaal verlengd");
        TEXT.put(Action.SIGNAL_INFORMING_RECORDED, "Informeren van jeugdige of ouders vastgelegd");
        TEXT.put(Action.SIGNAL_TRANSFERRED, "Signaal overgedragen");
        TEXT.put(Action.SIGNAL_DELETED, "Signaal verwijderd");
        TEXT.put(Action.SIGNAL_IMPORTED, "Signaal overgenomen uit een ander systeem");
        TEXT.put(Action.YOUTH_IDENTIFIED, "BSN van een jeugdige zonder BSN vastgelegd");
        TEXT.put(Action.SIGNALS_VIEWED, "Signalen bekeken");
        TEXT.put(Action.ARCHIVE_HIT_SHOWN, "Eerder signaal uit het archief getoond");
        TEXT.put(Action.MATCHES_VIEWED, "Matches bekeken");
        TEXT.put(Action.NOTICE_SENT, "Bericht verstuurd");
        TEXT.put(Action.INBOX_VIEWED, "Berichten bekeken");
        TEXT.put(Action.COORDINATION_SETTINGS_CHANGED, "Instellingen voor afstemming gewijzigd");
        TEXT.put(Action.DIRECTOR_APPOINTED, "Matchregisseur aangewezen");
        TEXT.put(Action.DIRECTOR_HANDED_OVER, "Matchregie overgedragen");
        TEXT.put(Action.MATCH_CASES_VIEWED, "Matches in de werklijst bekeken");
        TEXT.put(Action.CONSULTATION_RECORDED, "Afstemming afgevinkt");
        TEXT.put(Action.CONSULTATION_CONFIRMED, "Afstemming bevestigd");
        TEXT.put(Action.CONSULTATION_ESCALATED, "Afstemming te laat, gemeld aan de regievoerder");
        TEXT.put(Action.SUPERVISOR_WORK_LIST_VIEWED, "Werklijst van de regievoerder bekeken");
        TEXT.put(Action.SUPERVISOR_FOLLOWED_UP, "Opvolging door de regievoerder vastgelegd");
        TEXT.put(Action.LOGIN_SUCCEEDED, "Ingelogd");
        TEXT.put(Action.LOGIN_FAILED, "Inloggen mislukt");
        TEXT.put(Action.ACCOUNT_LOCKED, "Account geblokkeerd");
        TEXT.put(Action.SECOND_FACTOR_ENROLLED, "Tweede factor ingesteld");
        TEXT.put(Action.SECOND_FACTOR_RESET, "Tweede factor opnieuw ingesteld");
        TEXT.put(Action.ACTIVATION_LINK_SENT, "Activeringslink verstuurd");
        TEXT.put(Action.ACCOUNT_ACTIVATED, "Account geactiveerd: eigen wachtwoord gekozen");
        TEXT.put(Action.ACCESS_DENIED, "Toegang geweigerd");
        TEXT.put(Action.ADMINISTRATION_CHANGED, "Wijziging door beheerder of coördinator");
        TEXT.put(Action.ADMINISTRATION_API_CALLED, "Beheer via de API");
        TEXT.put(Action.PERSON_REGISTER_QUERIED, "Vraag aan de BRP");
        TEXT.put(Action.LOGBOOK_SEARCHED, "Logboek doorzocht");
        TEXT.put(Action.RIGHTS_REQUEST_RECORDED, "Verzoek van jeugdige of ouder vastgelegd");
        TEXT.put(Action.RIGHTS_REQUEST_VIEWED, "Verzoek bekeken");
        TEXT.put(Action.RIGHTS_REQUEST_EXTENDED, "Termijn van een verzoek verlengd");
        TEXT.put(Action.RIGHTS_REQUEST_REMINDED, "Herinnering over een verzoek");
        TEXT.put(Action.RIGHTS_REQUEST_OVERDUE, "Verzoek over de termijn");
        TEXT.put(Action.RIGHTS_REQUEST_DECIDED, "Besluit op een verzoek");
        TEXT.put(Action.RIGHTS_RESTRICTION_LIFTED, "Beperking van de verwerking opgeheven");
        TEXT.put(Action.ACCESS_OVERVIEW_MADE, "Overzicht voor inzage gemaakt");
        TEXT.put(Action.RIGHTS_ADVICE_ASKED, "Advies over een verzoek gevraagd");
        TEXT.put(Action.RIGHTS_ADVICE_GIVEN, "Advies over een verzoek gegeven");
        TEXT.put(Action.EXCHANGE_EXPORTED, "Hele index uitgevoerd naar een uitwisselbestand");
    }

    private LogbookActionText() {}

    /** The Dutch text of an action as the logbook stores it (its name); an unknown one is not shown as its code. */
    static String label(String action) {
        for (Action a : Action.values()) {
            if (a.name().equals(action)) {
                return TEXT.getOrDefault(a, "Andere handeling");
            }
        }
        return "Andere handeling";
    }

    static boolean hasText(Action action) {
        return TEXT.containsKey(action);
    }
}
