// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.site.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates as people in the Netherlands read them ("4 mei 2026"), in Dutch time. Templates use it as {@code @dates}. */
@Component("dates")
public class DisplayDates {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

    public String day(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(DUTCH_TIME).format(DAY);
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(DUTCH_TIME).format(MOMENT);
    }
}
