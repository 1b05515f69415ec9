package nl.verwijsindex.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.coordination.DirectorRules.Rule;
import nl.verwijsindex.coordination.DirectorRules.RuleKind;
import nl.verwijsindex.coordination.DutchCalendar.LiberationDay;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.access.RegionCoordinatorPrincipal;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;

/** A region's coordination settings as data (DESIGN decision 5), kept by its region coordinator. */
@Service
@Transactional
public class RegionSettings {

    /** R-CATEGORY: the domains of the authorised categories. */
    static final Set<String> DOMAINS = Set.of("YOUTH_CARE", "YOUTH_HEALTH_CARE", "HEALTH_CARE", "EDUCATION",
            "SOCIAL_SUPPORT", "WORK_AND_INCOME", "POLICE_AND_JUSTICE");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Logbook logbook;
    private final Clock clock;

    RegionSettings(JdbcClient jdbc, Directory directory, Logbook logbook, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.logbook = logbook;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CoordinationSettings of(String regionCode) {
        return jdbc.sql("""
                        select deadline_working_days, liberation_day, case_municipality_code, own_director_rules
                        from coordination_settings where region_code = :region""")
                .param("region", regionCode)
                .query((rs, n) -> new CoordinationSettings(regionCode, rs.getInt("deadline_working_days"),
                        LiberationDay.valueOf(rs.getString("liberation_day")),
                        Optional.ofNullable(rs.getString("case_municipality_code")), rs.getBoolean("own_director_rules"),
                        DirectorRules.defaults()))
                .optional()
                .map(settings -> settings.ownDirectorRules() ? withRules(settings, rulesOf(regionCode)) : settings)
                .orElseGet(() -> CoordinationSettings.defaults(regionCode));
    }

    /**
     * Replaces the region's settings.
     *
     * @param directorRules the rules in order, or null for the defaults
     */
    public CoordinationSettings update(RegionCoordinatorPrincipal coordinator, int deadlineWorkingDays,
                                       LiberationDay liberationDay, String caseMunicipalityCode, List<Rule> directorRules) {
        String region = coordinator.regionCode();
        if (deadlineWorkingDays < 1 || deadlineWorkingDays > 30) {
            throw new DomainException(Kind.INVALID, "invalid-deadline", "De termijn is 1 tot 30 werkdagen.");
        }
        if (caseMunicipalityCode != null && directory.municipality(caseMunicipalityCode)
                .filter(m -> m.regionCode().equals(region)).isEmpty()) {
            throw new DomainException(Kind.INVALID, "municipality-not-in-region", "Deze gemeente hoort niet bij uw regio.");
        }
        if (directorRules != null) {
            new DirectorRules(directorRules);
            directorRules.forEach(this::checkRankingExists);
        }
        jdbc.sql("""
                        insert into coordination_settings (region_code, deadline_working_days, liberation_day,
                                                           case_municipality_code, own_director_rules, updated_at, updated_by)
                        values (:region, :days, :liberation, :municipality, :own, :now, :by)
                        on conflict (region_code) do update set deadline_working_days = excluded.deadline_working_days,
                            liberation_day = excluded.liberation_day, case_municipality_code = excluded.case_municipality_code,
                            own_director_rules = excluded.own_director_rules, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .param("region", region)
                .param("days", deadlineWorkingDays)
                .param("liberation", liberationDay.name())
                .param("municipality", caseMunicipalityCode)
                .param("own", directorRules != null)
                .param("now", Moments.now(clock))
                .param("by", coordinator.actorId())
                .update();
        jdbc.sql("delete from director_rule where region_code = :region").param("region", region).update();
        List<Rule> rules = directorRules == null ? List.of() : directorRules;
        for (int position = 0; position < rules.size(); position++) {
            jdbc.sql("insert into director_rule (region_code, position, kind, ranking) values (:region, :position, :kind, :ranking)")
                    .param("region", region)
                    .param("position", position)
                    .param("kind", rules.get(position).kind().name())
                    .param("ranking", rules.get(position).ranking().toArray(String[]::new))
                    .update();
        }
        logbook.record(new LogbookEntry(Action.COORDINATION_SETTINGS_CHANGED, new Actor(Actor.Type.USER, coordinator.actorId()),
                null, null, null, null, region));
        return of(region);
    }

    private void checkRankingExists(Rule rule) {
        for (String item : rule.ranking()) {
            boolean known = switch (rule.kind()) {
                case CATEGORY_PRIORITY -> directory.hasCategory(item);
                case DOMAIN_PRIORITY -> DOMAINS.contains(item);
                case ORGANISATION_PRIORITY -> organisationExists(item);
                case EARLIEST_SIGNAL, LATEST_SIGNAL -> true;
            };
            if (!known) {
                throw new DomainException(Kind.INVALID, "unknown-director-rule-item",
                        "Onbekend in de regel '" + rule.kind().dutchName() + "': " + item + ". Kies uit de lijst.");
            }
        }
    }

    private boolean organisationExists(String id) {
        try {
            return !directory.categoriesOf(List.of(new OrganisationId(java.util.UUID.fromString(id)))).isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<Rule> rulesOf(String regionCode) {
        return new ArrayList<>(jdbc.sql("select kind, ranking from director_rule where region_code = :region order by position")
                .param("region", regionCode)
                .query((rs, n) -> new Rule(RuleKind.valueOf(rs.getString("kind")),
                        List.of((String[]) rs.getArray("ranking").getArray())))
                .list());
    }

    private static CoordinationSettings withRules(CoordinationSettings s, List<Rule> rules) {
        return new CoordinationSettings(s.regionCode(), s.deadlineWorkingDays(), s.liberationDay(), s.caseMunicipalityCode(),
                true, new DirectorRules(rules));
    }
}
