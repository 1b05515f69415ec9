// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of a report, in the shape of tables 3.1 and 4.1 of seed 003 (R-REPORTS): signals and youths newly
 * signalled, matches by kind within and across covenant regions, how the period's matches were consulted, the
 * consultations and their outcomes (multiple choice), endings by reason, expiries and deletions by rule. Dutch
 * labels for people, the names for machines.
 *
 * <p>No column is the sum or difference of others, so that a suppressed cell cannot be worked out across columns:
 * matches not consulted (the matches less those consulted) and deletions by R-END (as many as the endings as not
 * justified) are therefore not columns of their own (docs/adr/0030).
 */
public enum Measure {
    SIGNALS("Meldingen"),
    YOUTHS_NEWLY_SIGNALLED("Jeugdigen voor het eerst gemeld"),
    YOUTH_MATCHES_WITHIN("Matches binnen convenant"),
    YOUTH_MATCHES_ACROSS("Matches convenant-overstijgend"),
    FAMILY_MATCHES_WITHIN("Gezinsmatches binnen convenant"),
    FAMILY_MATCHES_ACROSS("Gezinsmatches convenant-overstijgend"),
    ADDRESS_MATCHES_WITHIN("Adresmatches binnen convenant"),
    ADDRESS_MATCHES_ACROSS("Adresmatches convenant-overstijgend"),
    CONSULTED_IN_TIME("Matches op tijd afgestemd"),
    CONSULTED_LATE("Matches te laat afgestemd"),
    CONSULTATIONS("Afstemmingen afgevinkt"),
    OUTCOME_MORE_INSIGHT("Uitkomst: meer zicht op de problematiek of het grote plaatje rond het gezin"),
    OUTCOME_EARLY_ALIGNMENT("Uitkomst: afstemming in een vroeg stadium met een andere organisatie"),
    OUTCOME_NOTHING_CONCRETE("Uitkomst: tot niets concreets"),
    OUTCOME_INVOLVED_NEW_PARTY("Uitkomst: afstemming met een professional of organisatie die nog niet betrokken was"),
    OUTCOME_FAMILY_HELP_SCALED_UP("Uitkomst: opschaling van de hulpverlening van het gezin"),
    OUTCOME_PLAN_ADJUSTED("Uitkomst: aanpassing van het plan van aanpak van de jongere"),
    OUTCOME_SCALED_UP("Uitkomst: opschaling van de hulpverlening van de jongere"),
    OUTCOME_ASSESSMENT_ADJUSTED("Uitkomst: aanpassing van de beoordeling van de problematiek van de jongere"),
    OUTCOME_FAMILY_PLAN_ADJUSTED("Uitkomst: aanpassing van het plan van aanpak van het gezin"),
    OUTCOME_DONT_KNOW("Uitkomst: weet ik niet"),
    OUTCOME_OTHER("Uitkomst: overig"),
    ENDED_RISK_GONE("Beëindigd: zorg beëindigd of risico weg"),
    ENDED_UNJUSTIFIED("Beëindigd: niet terecht"),
    EXPIRED("Verlopen zonder verlenging"),
    DELETED_AGE_23("Verwijderd: jeugdige werd 23"),
    DELETED_DEATH("Verwijderd: jeugdige overleden"),
    DELETED_ARCHIVE_5Y("Verwijderd: 5 jaar in het archief"),
    DELETED_REGION_DECISION("Verwijderd: besluit van de regiocoördinator");

    /** The match columns. */
    public static final Set<Measure> MATCHES = EnumSet.range(YOUTH_MATCHES_WITHIN, ADDRESS_MATCHES_ACROSS);

    /** How the period's matches were consulted. */
    public static final Set<Measure> CONSULTED = EnumSet.range(CONSULTED_IN_TIME, CONSULTED_LATE);

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a fact counts in exactly one row of the organisation and category views. A match counts once for each
     * organisation in it, so its rows do not add up to the total.
     */
    public boolean onePerFact() {
        return !MATCHES.contains(this) && !CONSULTED.contains(this);
    }
}
