// SPDX-FileCopyrightText: Verwijsindex contributors
// SPDX-License-Identifier: EUPL-1.2

package nl.verwijsindex.covenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.verwijsindex.covenant.DirectorRuleList.Rule;
import nl.verwijsindex.covenant.internal.RegionSettingsStore;
import nl.verwijsindex.directory.Directory;
import nl.verwijsindex.directory.Domain;
import nl.verwijsindex.directory.OrganisationId;
import nl.verwijsindex.logbook.Actor;
import nl.verwijsindex.logbook.Logbook;
import nl.verwijsindex.logbook.LogbookEntry;
import nl.verwijsindex.logbook.LogbookEntry.Action;
import nl.verwijsindex.shared.DomainException;
import nl.verwijsindex.shared.DomainException.Kind;
import nl.verwijsindex.shared.Moments;
import nl.verwijsindex.shared.TransactionScoped;

/**
 * Reads and changes a region's {@link RegionSettings} (DESIGN decision 5) as a whole: a change is loaded, made,
 * checked and saved in one transaction, so it is all kept or, when any of it is refused, nothing is.
 */
@Service
@Transactional
public class RegionSettingsKeeper {

    /** The settings this transaction has read, by region. */
    private static final TransactionScoped<String, RegionSettings> READ = TransactionScoped.create();

    /** The index's display name and the suppression this transaction has read on their own, by region. */
    private static final TransactionScoped<String, RegionSettingsStore.Flags> FLAGS = TransactionScoped.create();

    private final RegionSettingsStore store;
    private final Directory directory;
    private final Logbook logbook;
    private final Clock clock;

    RegionSettingsKeeper(RegionSettingsStore store, Directory directory, Logbook logbook, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.logbook = logbook;
        this.clock = clock;
    }

    /**
     * Read once per transaction and region (issue 18): opening a match case asks for them about three times, two
     * statements each. Every change of existing settings goes through {@link #change}, which forgets what this
     * transaction read; a region that does not exist is not remembered, so one added later is read.
     *
     * @throws DomainException not found when there is no such region
     */
    @Transactional(readOnly = true)
    public RegionSettings of(String regionCode) {
        Map<String, RegionSettings> read = READ.map();
        RegionSettings settings = read.get(regionCode);
        if (settings == null) {
            settings = store.load(regionCode, false).orElseThrow(RegionSettingsKeeper::unknownRegion);
            read.put(regionCode, settings);
        }
        return settings;
    }

    /**
     * The index's name in the region (R-NOTIFY: an e-mail's subject), the default when there is no such region. From
     * the settings when this transaction read them, else read on its own once per transaction and region (issue 18:
     * a batch of notices asked it for each notice).
     */
    @Transactional(readOnly = true)
    public String indexDisplayName(String regionCode) {
        return flags(regionCode).indexDisplayName();
    }

    /**
     * R-MATCH-YOUTH: whether the region suppresses matches between two professionals of one organisation; not when
     * there is no such region. As {@link #indexDisplayName}: once per transaction and region (matching asks it for
     * each pair it considers).
     */
    @Transactional(readOnly = true)
    public boolean suppressesSameOrganisationMatches(String regionCode) {
        return flags(regionCode).suppressSameOrganisationMatches();
    }

    private static final RegionSettingsStore.Flags WITHOUT_REGION =
            new RegionSettingsStore.Flags(RegionSettings.DEFAULT_INDEX_DISPLAY_NAME, false);

    /**
     * From the settings when this transaction read them, else from the flags read once per transaction: those kept only
     * when the region exists, so one added later in the same transaction is read, not taken as absent.
     */
    private RegionSettingsStore.Flags flags(String regionCode) {
        RegionSettings settings = READ.map().get(regionCode);
        if (settings != null) {
            return new RegionSettingsStore.Flags(
                    settings.indexDisplayName(), settings.suppressSameOrganisationMatches());
        }
        Map<String, RegionSettingsStore.Flags> read = FLAGS.map();
        RegionSettingsStore.Flags flags = read.get(regionCode);
        if (flags == null) {
            Optional<RegionSettingsStore.Flags> found = store.flags(regionCode);
            if (found.isEmpty()) {
                return WITHOUT_REGION;
            }
            flags = found.get();
            read.put(regionCode, flags);
        }
        return flags;
    }

    /**
     * Applies {@code change} to the region's current settings and saves the outcome, recorded in the logbook
     * under {@code actorId}.
     *
     * @throws DomainException invalid when the change, a municipality it names or an item of a rule is refused;
     *                         nothing is saved then
     */
    public RegionSettings change(String regionCode, String actorId, UnaryOperator<RegionSettings> change) {
        RegionSettings current = store.load(regionCode, true).orElseThrow(RegionSettingsKeeper::unknownRegion);
        RegionSettings changed = change.apply(current);
        if (!changed.regionCode().equals(regionCode)) {
            throw new IllegalArgumentException("a change keeps the region");
        }
        requireKnown(changed);
        store.save(changed, actorId, Moments.now(clock));
        READ.map().remove(regionCode);
        FLAGS.map().remove(regionCode);
        logbook.record(new LogbookEntry(
                Action.COORDINATION_SETTINGS_CHANGED,
                new Actor(Actor.Type.USER, actorId),
                null,
                null,
                null,
                null,
                regionCode));
        return changed;
    }

    /** What the aggregate cannot check alone: that the municipality and every item a rule lists exist. */
    private void requireKnown(RegionSettings settings) {
        settings.caseMunicipalityCode().ifPresent(code -> {
            if (!store.municipalityInRegion(code, settings.regionCode())) {
                throw new DomainException(
                        Kind.INVALID, "municipality-not-in-region", "Deze gemeente hoort niet bij uw regio.");
            }
        });
        settings.ownDirectorRules().ifPresent(rules -> rules.rules().forEach(this::requireRankingExists));
    }

    private void requireRankingExists(Rule rule) {
        for (String item : rule.ranking()) {
            boolean known = switch (rule.kind()) {
                case CATEGORY_PRIORITY -> directory.hasCategory(item);
                case DOMAIN_PRIORITY -> Domain.isDomain(item);
                case ORGANISATION_PRIORITY -> organisationExists(item);
                case EARLIEST_SIGNAL, LATEST_SIGNAL -> true;
            };
            if (!known) {
                throw new DomainException(
                        Kind.INVALID,
                        "unknown-director-rule-item",
                        "Onbekend in de regel '" + rule.kind().dutchName() + "': " + item + ". Kies uit de lijst.");
            }
        }
    }

    private boolean organisationExists(String id) {
        try {
            return !directory
                    .categoriesOf(List.of(new OrganisationId(UUID.fromString(id))))
                    .isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DomainException unknownRegion() {
        return new DomainException(Kind.NOT_FOUND, "unknown-region", "Deze regio bestaat niet.");
    }
}
