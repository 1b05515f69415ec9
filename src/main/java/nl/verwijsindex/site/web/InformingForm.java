// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.bind.annotation.BindParam;

import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.signal.Informing;

/**
 * R-INFORM: the signal page's informing form as typed: either informed (a day and a way) or postponed (a reason
 * and a day to look again); the page's field names stay Dutch.
 */
record InformingForm(
        @BindParam("keuze") String choice,
        @BindParam("geinformeerdOp") String informedOn,
        @BindParam("hoe") String method,
        @BindParam("reden") String reason,
        @BindParam("opnieuwKijken") String lookAgainOn) {

    private static final DateTimeFormatter DUTCH_DAY =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static final InformingForm EMPTY = new InformingForm(null, null, null, null, null);

    /** The ways of informing, as the page names them. */
    static final Map<String, String> METHODS = Map.of(
            "IN_PERSON", "In een gesprek",
            "PHONE", "Telefonisch",
            "LETTER", "Met een brief (bijvoorbeeld de informatiebrief)",
            "DIGITAL", "Per e-mail of bericht");

    /** The reasons the law allows for waiting (Jeugdwet 7.1.5.1). */
    static final Map<String, String> REASONS = Map.of(
            "YOUTH_SAFETY", "Het informeren brengt de veiligheid van de jeugdige in gevaar",
            "SAFETY_OF_OTHERS", "Het informeren brengt de veiligheid van iemand anders in gevaar");

    boolean postponing() {
        return "uitgesteld".equals(choice);
    }

    Optional<Informing> toInforming(FormErrors errors) {
        if (postponing()) {
            Informing.PostponementReason chosen =
                    reason != null && REASONS.containsKey(reason) ? Informing.PostponementReason.valueOf(reason) : null;
            if (chosen == null) {
                errors.add("reden", "Kies waarom u het informeren uitstelt.");
            }
            LocalDate day = day(lookAgainOn, "opnieuwKijken", "Vul in wanneer u opnieuw kijkt.", errors);
            return errors.any() ? Optional.empty() : Optional.of(new Informing.Postponed(chosen, day));
        }
        if (!"geinformeerd".equals(choice)) {
            errors.add("keuze", "Kies of u hebt geïnformeerd of dat u het uitstelt.");
            return Optional.empty();
        }
        LocalDate day = day(informedOn, "geinformeerdOp", "Vul in op welke dag u informeerde.", errors);
        Informing.Method chosen =
                method != null && METHODS.containsKey(method) ? Informing.Method.valueOf(method) : null;
        if (chosen == null) {
            errors.add("hoe", "Kies hoe u informeerde.");
        }
        return errors.any() ? Optional.empty() : Optional.of(new Informing.Informed(day, chosen));
    }

    private static LocalDate day(String typed, String field, String missing, FormErrors errors) {
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
}
