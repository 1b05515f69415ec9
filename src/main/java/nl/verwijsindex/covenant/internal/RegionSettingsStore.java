// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.verwijsindex.covenant.DirectorRuleList;
import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.DirectorRuleList.RuleKind;
import nl.verwijsindex.covenant.LiberationDay;
import nl.verwijsindex.covenant.RegionCategory;
import nl.verwijsindex.covenant.RegionSettings;
import nl.verwijsindex.directory.DirectoryAdministration;
import nl.verwijsindex.directory.DirectoryAdministration.Category;
import nl.verwijsindex.shared.ReferenceData;

/**
 * The tables behind {@link RegionSettings}: {@code region} (name, index name, same-organisation matches, expiry
 * reminder, registration guidance), {@code coordination_settings} and {@code director_rule}; the region's own
 * categories through the directory, which owns {@code organisation_category}. Runs in its caller's transaction,
 * so one save writes all of them or none.
 */
@Component
public class RegionSettingsStore {

    private final JdbcClient jdbc;
    private final DirectoryAdministration directory;
    private final ReferenceData reference;

    /** Issue 18 (docs/adr/0060): the settings and the flags, kept across transactions until a region changes. */
    private final ReferenceData.Kept<String, Optional<RegionSettings>> settings;

    private final ReferenceData.Kept<String, Optional<Flags>> flags;

    RegionSettingsStore(JdbcClient jdbc, DirectoryAdministration directory, ReferenceData reference) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.reference = reference;
        this.settings = reference.kept();
        this.flags = reference.kept();
    }

    /**
     * @param forUpdate lock the region's row until commit, so two coordinators saving at once do not lose each
     *                  other's change
     */
    public Optional<RegionSettings> load(String regionCode, boolean forUpdate) {
        if (forUpdate) {
            reference.changed();
            return read(regionCode, true);
        }
        return settings.get(regionCode, code -> read(code, false));
    }

    private Optional<RegionSettings> read(String regionCode, boolean forUpdate) {
        return jdbc.sql("""
                        select r.code, r.name, r.index_display_name, r.suppress_same_organisation_matches, r.expiry_reminder_days,
                               r.registration_guidance, s.deadline_working_days, s.liberation_day, s.case_municipality_code,
                               coalesce(s.own_director_rules, false) as own_director_rules
                        from region r left join coordination_settings s on s.region_code = r.code
                        where r.code = :code""" + (forUpdate ? " for update of r" : ""))
                .param("code", regionCode)
                .query((rs, n) -> new Loaded(
                        new RegionSettings(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("index_display_name"),
                                rs.getBoolean("suppress_same_organisation_matches"),
                                rs.getInt("expiry_reminder_days"),
                                rs.getObject("deadline_working_days") == null
                                        ? RegionSettings.DEFAULT_DEADLINE_WORKING_DAYS
                                        : rs.getInt("deadline_working_days"),
                                rs.getString("liberation_day") == null
                                        ? LiberationDay.EVERY_FIVE_YEARS
                                        : LiberationDay.valueOf(rs.getString("liberation_day")),
                                Optional.ofNullable(rs.getString("case_municipality_code")),
                                Optional.empty(),
                                rs.getString("registration_guidance"),
                                List.of()),
                        rs.getBoolean("own_director_rules")))
                .optional()
                .map(loaded -> loaded.ownDirectorRules()
                        ? loaded.settings().adoptDirectorRules(new DirectorRuleList(rulesOf(regionCode)))
                        : loaded.settings())
                .map(settings -> settings.admitCategories(ownCategories(regionCode)));
    }

    /**
     * The two settings asked most, without the rest: the index's display name and the suppression of same-organisation
     * matches; empty when there is no such region.
     */
    public Optional<Flags> flags(String regionCode) {
        return flags.get(
                regionCode,
                code -> jdbc.sql(
                                "select index_display_name, suppress_same_organisation_matches from region where code = :code")
                        .param("code", code)
                        .query((rs, n) -> new Flags(rs.getString(1), rs.getBoolean(2)))
                        .optional());
    }

    public record Flags(String indexDisplayName, boolean suppressSameOrganisationMatches) {}

    private List<RegionCategory> ownCategories(String regionCode) {
        return directory.categories(regionCode).stream()
                .filter(c -> regionCode.equals(c.regionCode()))
                .map(c -> new RegionCategory(c.code(), c.name(), c.domain()))
                .toList();
    }

    /** A row of the region, before its own director rules are read. */
    private record Loaded(RegionSettings settings, boolean ownDirectorRules) {}

    public void save(RegionSettings settings, String changedBy, OffsetDateTime now) {
        reference.changed();
        String region = settings.regionCode();
        jdbc.sql("""
                        update region set index_display_name = :name, suppress_same_organisation_matches = :suppress,
                                          expiry_reminder_days = :expiry, registration_guidance = :guidance
                        where code = :code""")
                .param("code", region)
                .param("guidance", settings.registrationGuidance())
                .param("name", settings.indexDisplayName())
                .param("suppress", settings.suppressSameOrganisationMatches())
                .param("expiry", settings.expiryReminderDays())
                .update();
        jdbc.sql("""
                        insert into coordination_settings (region_code, deadline_working_days, liberation_day,
                                                           case_municipality_code, own_director_rules, updated_at, updated_by)
                        values (:region, :days, :liberation, :municipality, :own, :now, :by)
                        on conflict (region_code) do update set deadline_working_days = excluded.deadline_working_days,
                            liberation_day = excluded.liberation_day, case_municipality_code = excluded.case_municipality_code,
                            own_director_rules = excluded.own_director_rules, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .param("region", region)
                .param("days", settings.deadlineWorkingDays())
                .param("liberation", settings.liberationDay().name())
                .param("municipality", settings.caseMunicipalityCode().orElse(null))
                .param("own", settings.hasOwnDirectorRules())
                .param("now", now)
                .param("by", changedBy)
                .update();
        jdbc.sql("delete from director_rule where region_code = :region")
                .param("region", region)
                .update();
        List<Rule> rules =
                settings.ownDirectorRules().map(DirectorRuleList::rules).orElse(List.of());
        for (int position = 0; position < rules.size(); position++) {
            jdbc.sql(
                            "insert into director_rule (region_code, position, kind, ranking) values (:region, :position, :kind, :ranking)")
                    .param("region", region)
                    .param("position", position)
                    .param("kind", rules.get(position).kind().name())
                    .param("ranking", rules.get(position).ranking().toArray(String[]::new))
                    .update();
        }
        saveCategories(settings);
    }

    /** Writes the categories after the rules: a withdrawn category an organisation still has refuses the whole save. */
    private void saveCategories(RegionSettings settings) {
        directory.keepRegionCategories(
                settings.regionCode(),
                settings.ownCategories().stream()
                        .map(c -> new Category(c.code(), c.name(), c.domain(), true, settings.regionCode()))
                        .toList());
    }

    /** Whether the municipality belongs to the region. */
    public boolean municipalityInRegion(String cbsCode, String regionCode) {
        return jdbc.sql("select exists (select 1 from municipality where cbs_code = :code and region_code = :region)")
                .param("code", cbsCode)
                .param("region", regionCode)
                .query(Boolean.class)
                .single();
    }

    private List<Rule> rulesOf(String regionCode) {
        return jdbc.sql("select kind, ranking from director_rule where region_code = :region order by position")
                .param("region", regionCode)
                .query((rs, n) -> new Rule(RuleKind.valueOf(rs.getString("kind")), List.of((String[])
                        rs.getArray("ranking").getArray())))
                .list();
    }
}
