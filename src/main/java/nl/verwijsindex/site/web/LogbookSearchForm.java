// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import nl.verwijsindex.logbook.LogbookSearch.Criteria;
import nl.verwijsindex.shared.web.FormErrors;
import nl.verwijsindex.youth.BlindIndex;
import nl.verwijsindex.youth.Bsn;
import nl.verwijsindex.youth.BsnProtection;

/**
 * The data protection officer's search form: a youth by BSN (turned into its blind index at once and never shown
 * back), a professional by name or e-mail address ({@link LogbookPeople}, with {@code keuze} the one chosen among
 * alike ones), an organisation chosen from a list and a period (dates, the last one included). Empty fields do not
 * narrow.
 */
record LogbookSearchForm(String bsn, String professional, String organisatie, String van, String tot, String keuze) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    static LogbookSearchForm empty() {
        return new LogbookSearchForm(null, null, null, null, null, null);
    }

    /**
     * The criteria, or null with the errors filled in.
     *
     * @param professionalId the professional {@link LogbookPeople} found, or null
     */
    Criteria criteria(BsnProtection protection, UUID professionalId, FormErrors errors) {
        List<byte[]> youth = null;
        if (!ContactForm.blank(bsn)) {
            Bsn parsed = BsnInput.read(bsn, "bsn", errors);
            if (parsed != null) {
                youth = protection.blindIndexes(parsed).stream()
                        .map(BlindIndex::bytes)
                        .toList();
            }
        }
        UUID organisationId = null;
        if (!ContactForm.blank(organisatie)) {
            organisationId = LogbookPeople.uuid(organisatie).orElse(null);
            if (organisationId == null) {
                errors.add("organisatie", "Kies een organisatie uit de lijst.");
            }
        }
        OffsetDateTime from = day(van, "van", errors);
        OffsetDateTime to = day(tot, "tot", errors);
        if (youth == null
                && professionalId == null
                && organisationId == null
                && from == null
                && to == null
                && !errors.any()) {
            errors.add(FormErrors.FORM, "Vul ten minste één zoekveld in.");
        }
        return errors.any()
                ? null
                : new Criteria(youth, professionalId, organisationId, from, to == null ? null : to.plusDays(1));
    }

    /**
     * The form as it is shown again: never with the BSN, which the officer types again if needed; the professional
     * by the e-mail address of the one found, so that the next search finds the same one.
     */
    LogbookSearchForm shownAgain(LogbookPeople.Professional found) {
        return new LogbookSearchForm(
                null, found.email() == null ? professional : found.email(), organisatie, van, tot, null);
    }

    private static OffsetDateTime day(String value, String field, FormErrors errors) {
        if (ContactForm.blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).atStartOfDay(NETHERLANDS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(field, "Vul een datum in als jjjj-mm-dd.");
            return null;
        }
    }
}
