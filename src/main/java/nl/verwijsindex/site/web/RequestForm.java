// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

import org.springframework.web.bind.annotation.BindParam;

import nl.verwijsindex.rights.IdentityCheck;
import nl.verwijsindex.rights.NewRequest;
import nl.verwijsindex.rights.RequestKind;
import nl.verwijsindex.rights.Requester;
import nl.verwijsindex.shared.web.FormErrors;

/** R-REQUEST: the privacy desk's intake form as typed, kept on an error; the page's field names stay Dutch. */
record RequestForm(
        @BindParam("soort") String kind,
        @BindParam("aanvrager") String requester,
        @BindParam("identiteit") String identityCheck,
        @BindParam("bsn") String bsn,
        @BindParam("geboortedatum") String birthDate,
        @BindParam("ontvangen") String receivedOn) {

    private static final DateTimeFormatter DUTCH_DAY =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static final RequestForm EMPTY = new RequestForm(null, null, null, null, null, null);

    /** The request, or null with the errors added. */
    NewRequest toNewRequest(FormErrors errors) {
        RequestKind chosenKind =
                choice(kind, RequestTexts.KINDS, RequestKind.class, "soort", "Kies wat er wordt gevraagd.", errors);
        Requester chosenRequester = choice(
                requester, RequestTexts.REQUESTERS, Requester.class, "aanvrager", "Kies wie het verzoek doet.", errors);
        IdentityCheck chosenCheck = choice(
                identityCheck,
                RequestTexts.CHECKS,
                IdentityCheck.class,
                "identiteit",
                "Kies hoe u de identiteit hebt gecontroleerd.",
                errors);
        BsnInput.read(bsn, "bsn", errors);
        LocalDate birth = day(birthDate, "geboortedatum", "Vul de geboortedatum van de jeugdige in.", errors);
        LocalDate received = day(receivedOn, "ontvangen", "Vul in op welke dag het verzoek binnenkwam.", errors);
        return errors.any()
                ? null
                : new NewRequest(chosenKind, chosenRequester, chosenCheck, bsn.trim(), birth, received);
    }

    /** The field a refusal of the rules belongs to, by its code. */
    static String fieldOf(String code) {
        return switch (code) {
            case "invalid-bsn", "youth-of-other-municipality" -> "bsn";
            case "requester-not-entitled" -> "aanvrager";
            case "birth-date-in-future" -> "geboortedatum";
            case "received-date-in-future", "received-date-too-early" -> "ontvangen";
            default -> FormErrors.FORM;
        };
    }

    static <E extends Enum<E>> E choice(
            String typed, Map<String, String> known, Class<E> type, String field, String missing, FormErrors errors) {
        if (typed == null || !known.containsKey(typed)) {
            errors.add(field, missing);
            return null;
        }
        return Enum.valueOf(type, typed);
    }

    static LocalDate day(String typed, String field, String missing, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        try {
            String day = typed.trim();
            return day.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(day) : LocalDate.parse(day, DUTCH_DAY);
        } catch (DateTimeParseException e) {
            errors.add(field, "Vul een datum in als dag-maand-jaar, bijvoorbeeld 3-12-2026.");
            return null;
        }
    }

    @Override
    public String toString() {
        return "RequestForm[" + kind + "]";
    }
}
