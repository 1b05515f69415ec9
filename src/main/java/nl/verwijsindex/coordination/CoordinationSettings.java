package nl.verwijsindex.coordination;

import java.util.Optional;

import nl.verwijsindex.coordination.DutchCalendar.LiberationDay;

/**
 * A region's coordination settings (DESIGN decision 5), with the defaults from RULES.md where the region set
 * nothing.
 *
 * @param deadlineWorkingDays  R-DEADLINE: consult within this many working days (default 5)
 * @param caseMunicipalityCode whose supervisor follows a case while the youth's municipality is unknown; empty:
 *                             the region's municipality with the lowest CBS code (docs/adr/0013)
 * @param ownDirectorRules     whether the region set its own rules; otherwise {@link DirectorRules#defaults()}
 */
public record CoordinationSettings(String regionCode, int deadlineWorkingDays, LiberationDay liberationDay,
                                   Optional<String> caseMunicipalityCode, boolean ownDirectorRules,
                                   DirectorRules directorRules) {

    public static final int DEFAULT_DEADLINE_WORKING_DAYS = 5;

    public static CoordinationSettings defaults(String regionCode) {
        return new CoordinationSettings(regionCode, DEFAULT_DEADLINE_WORKING_DAYS, LiberationDay.EVERY_FIVE_YEARS,
                Optional.empty(), false, DirectorRules.defaults());
    }

    public DutchCalendar calendar() {
        return new DutchCalendar(liberationDay);
    }
}
