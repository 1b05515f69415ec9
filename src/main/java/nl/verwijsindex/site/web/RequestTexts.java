// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.verwijsindex.rights.Advice;
import nl.verwijsindex.rights.IdentityCheck;
import nl.verwijsindex.rights.Outcome;
import nl.verwijsindex.rights.RequestKind;
import nl.verwijsindex.rights.Requester;

/** R-REQUEST: the Dutch names of a request's kinds, requesters, checks and outcomes; templates use {@code @requestTexts}. */
@Component("requestTexts")
public class RequestTexts {

    static final Map<String, String> KINDS = ordered(
            RequestKind.ACCESS, "Inzage",
            RequestKind.COPY, "Afschrift",
            RequestKind.CORRECTION, "Correctie",
            RequestKind.OBJECTION, "Verzet (bezwaar tegen de registratie)",
            RequestKind.ERASURE, "Verwijdering",
            RequestKind.RESTRICTION, "Beperking van de verwerking");

    static final Map<String, String> REQUESTERS = ordered(
            Requester.LEGAL_REPRESENTATIVE, "De wettelijk vertegenwoordiger (jeugdige onder de 12)",
            Requester.YOUTH_AND_LEGAL_REPRESENTATIVE, "De jeugdige en de wettelijk vertegenwoordiger samen (12 tot 16)",
            Requester.YOUTH, "De jeugdige zelf (vanaf 16)");

    static final Map<String, String> CHECKS = ordered(
            IdentityCheck.ID_DOCUMENT_AT_DESK, "Identiteitsbewijs getoond aan de balie",
            IdentityCheck.DIGID, "Ingelogd met DigiD",
            IdentityCheck.ID_DOCUMENT_BY_VIDEO_CALL, "Identiteitsbewijs getoond in een videogesprek");

    static final Map<String, String> OUTCOMES = ordered(
            Outcome.ACCESS_GIVEN, "Inzage of afschrift gegeven",
            Outcome.CORRECTED, "Gecorrigeerd",
            Outcome.ERASED, "Toegekend: alle signalen verwijderd",
            Outcome.RESTRICTED, "Verwerking beperkt",
            Outcome.REFUSED, "Afgewezen",
            Outcome.NOTHING_REGISTERED, "Niets geregistreerd");

    static final Map<String, String> ADVICE = ordered(
            Advice.GRANT, "Toekennen",
            Advice.REFUSE, "Afwijzen",
            Advice.NO_OPINION, "Geen advies");

    public String kind(RequestKind kind) {
        return KINDS.get(kind.name());
    }

    public String requester(Requester requester) {
        return REQUESTERS.get(requester.name());
    }

    public String check(IdentityCheck check) {
        return CHECKS.get(check.name());
    }

    public String outcome(Outcome outcome) {
        return outcome == null ? "Open" : OUTCOMES.get(outcome.name());
    }

    public String advice(Advice advice) {
        return advice == null ? "Nog niet gegeven" : ADVICE.get(advice.name());
    }

    private static Map<String, String> ordered(Object... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(((Enum<?>) pairs[i]).name(), (String) pairs[i + 1]);
        }
        return map;
    }
}
